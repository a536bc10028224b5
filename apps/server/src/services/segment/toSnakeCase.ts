/**
 * A Segment name (`firstName`, `Order Completed`, `accountID`, `plan-name`) as Stayflow writes
 * names: lower case, words joined by `_` (`first_name`, `order_completed`, `account_id`,
 * `plan_name`). Letters of any script are kept (`会员 等级` → `会员_等级`); every run of other
 * characters becomes one `_`, none at either end. A name with no letter or digit gives ''.
 */
export function toSnakeCase(name: string): string {
  return name
    .replace(/([\p{Ll}\p{Nd}])(\p{Lu})/gu, '$1_$2')
    .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1_$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '');
}
