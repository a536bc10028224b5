/**
 * Every validation message, keyed by a stable code, in each UI language. The code is the
 * contract (API clients and the editor match on it); the sentences are for operators.
 * `{name}` placeholders are filled from the params.
 */
export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

export const MESSAGES = {
  'document.not_object': {
    en: 'A playbook must be a JSON object with a schema, an id, a name, nodes and edges.',
    'zh-CN': '剧本必须是一个 JSON 对象，包含 schema、id、name、nodes 和 edges。',
  },
  'document.schema': {
    en: 'This file is not a Stayflow playbook v1: "schema" must be "stayflow/playbook@1".',
    'zh-CN': '这不是 Stayflow v1 剧本文件："schema" 必须是 "stayflow/playbook@1"。',
  },
  'field.unknown': {
    en: 'Unknown field "{field}". Check its spelling, or move free-form notes under "meta".',
    'zh-CN': '未知字段 "{field}"。请检查拼写，或把自由备注放到 "meta" 下。',
  },
  'field.required': {
    en: 'The field "{field}" is required here.',
    'zh-CN': '此处缺少必填字段 "{field}"。',
  },
  'field.type': {
    en: 'This value must be {expected}.',
    'zh-CN': '这个值必须是{expected}。',
  },
  'field.choice': {
    en: 'This value must be one of: {allowed}.',
    'zh-CN': '这个值只能是以下之一：{allowed}。',
  },
  'field.range': {
    en: 'This value must be {comparison} {limit}.',
    'zh-CN': '这个值必须{comparison} {limit}。',
  },
  'field.empty': {
    en: 'Fill in this field: it cannot be left empty.',
    'zh-CN': '请填写此项，不能留空。',
  },
  'field.length': {
    en: 'This value is {comparison} {limit} {unit}.',
    'zh-CN': '这个值{comparison} {limit} {unit}。',
  },
  'field.invalid': {
    en: 'This value is not valid here.',
    'zh-CN': '这个值在此处无效。',
  },
  'id.playbook': {
    en: 'The playbook id "{value}" is not valid: use lower-case letters, digits and dashes, starting with a letter or digit, at most 64 characters.',
    'zh-CN': '剧本 id "{value}" 无效：只能使用小写字母、数字和短横线，以字母或数字开头，最多 64 个字符。',
  },
  'id.node': {
    en: 'The node id "{value}" is not valid: use letters, digits, "_" or "-", at most 64 characters.',
    'zh-CN': '节点 id "{value}" 无效：只能使用字母、数字、"_" 或 "-"，最多 64 个字符。',
  },
  'id.port': {
    en: 'The branch name "{value}" is not valid: use letters, digits, "_" or "-", at most 64 characters.',
    'zh-CN': '分支名 "{value}" 无效：只能使用字母、数字、"_" 或 "-"，最多 64 个字符。',
  },
  'node.type': {
    en: 'Unknown step type "{value}". A step is one of: trigger, condition, switch, wait, wait_event, split, action, exit.',
    'zh-CN': '未知的步骤类型 "{value}"。步骤类型只能是：trigger、condition、switch、wait、wait_event、split、action、exit。',
  },
  'node.duplicate_id': {
    en: 'Two steps share the id "{id}". Every step needs its own id.',
    'zh-CN': '有两个步骤使用了相同的 id "{id}"。每个步骤的 id 必须唯一。',
  },
  'trigger.kind': {
    en: 'Unknown trigger kind "{value}". A trigger starts on: event, segment, schedule, date or manual.',
    'zh-CN': '未知的触发方式 "{value}"。触发方式只能是：event（事件）、segment（分群）、schedule（定时）、date（日期）或 manual（手动）。',
  },
  'trigger.missing': {
    en: 'This playbook has no trigger. Add one trigger step to say when customers enter.',
    'zh-CN': '这个剧本没有触发器。请添加一个触发步骤，说明客户何时进入。',
  },
  'trigger.multiple': {
    en: 'A playbook has exactly one trigger, but "{id}" is another one. Remove it or change its type.',
    'zh-CN': '一个剧本只能有一个触发器，但 "{id}" 是另一个触发器。请删除它或更改类型。',
  },
  'trigger.incoming': {
    en: 'Nothing can lead back into the trigger "{to}". Connect this path to another step.',
    'zh-CN': '不能有连线回到触发器 "{to}"。请把这条路径连到其他步骤。',
  },
  'schedule.needs_one': {
    en: 'A schedule trigger needs either a cron expression or a repeat interval ("every"), not both and not neither.',
    'zh-CN': '定时触发器需要设置 cron 表达式或重复间隔（"every"）其中之一，不能都设置，也不能都不设置。',
  },
  'action.kind': {
    en: 'Unknown action "{value}". An action is one of: send_message, webhook, update_customer, add_tag, remove_tag, issue_coupon, create_task.',
    'zh-CN': '未知的动作 "{value}"。动作只能是：send_message、webhook、update_customer、add_tag、remove_tag、issue_coupon、create_task。',
  },
  'coupon.needs_value': {
    en: 'A coupon needs either a percentage or an amount off, not both.',
    'zh-CN': '优惠券需要设置折扣百分比或减免金额其中之一，不能同时设置。',
  },
  'coupon.needs_currency': {
    en: 'A coupon with an amount off needs a currency, such as "CNY" or "USD".',
    'zh-CN': '按金额减免的优惠券需要设置币种，例如 "CNY" 或 "USD"。',
  },
  'webhook.url': {
    en: 'The webhook address "{value}" is not a valid http(s) URL.',
    'zh-CN': 'Webhook 地址 "{value}" 不是有效的 http(s) 网址。',
  },
  'webhook.host': {
    en: 'The webhook in step "{step}" calls the host "{host}", which is not a host name or an IP address. A host cannot contain placeholders, spaces or symbols: write the name of the receiving server, such as crm.example.com.',
    'zh-CN': '步骤 "{step}" 的 Webhook 调用的主机 "{host}" 不是有效的主机名或 IP 地址。主机名中不能包含占位符、空格或符号：请填写接收方的域名，例如 crm.example.com。',
  },
  'wait.needs_one': {
    en: 'A wait needs exactly one of: a duration ("for"), a date attribute ("until") or a time of day ("untilTime").',
    'zh-CN': '等待步骤需要且只能设置以下之一：等待时长（"for"）、日期属性（"until"）或每天的某个时刻（"untilTime"）。',
  },
  'wait.days_without_time': {
    en: 'Weekdays can only be chosen together with a time of day ("untilTime").',
    'zh-CN': '只有设置了时刻（"untilTime"）时才能选择星期几。',
  },
  'duration.invalid': {
    en: '"{value}" is not a duration. Use ISO 8601, such as P3D (3 days), PT2H (2 hours) or P1M (1 month).',
    'zh-CN': '"{value}" 不是有效的时长。请使用 ISO 8601 格式，例如 P3D（3 天）、PT2H（2 小时）或 P1M（1 个月）。',
  },
  'duration.negative': {
    en: 'Step "{step}" has a negative duration ({value}). A wait or a time limit counts forward: use 0 or more, such as P5D (5 days).',
    'zh-CN': '步骤 "{step}" 的时长为负数（{value}）。等待或时限只能向后计算：请使用 0 或正数，例如 P5D（5 天）。',
  },
  'offset.invalid': {
    en: '"{value}" is not an offset. Use ISO 8601, such as -P7D (7 days before) or P1D (1 day after).',
    'zh-CN': '"{value}" 不是有效的偏移量。请使用 ISO 8601 格式，例如 -P7D（提前 7 天）或 P1D（推后 1 天）。',
  },
  'time.invalid': {
    en: '"{value}" is not a time of day. Use HH:MM on a 24-hour clock, such as 09:30.',
    'zh-CN': '"{value}" 不是有效的时刻。请使用 24 小时制 HH:MM，例如 09:30。',
  },
  'currency.invalid': {
    en: '"{value}" is not a currency code. Use three capital letters, such as CNY or USD.',
    'zh-CN': '"{value}" 不是有效的币种代码。请使用三个大写字母，例如 CNY 或 USD。',
  },
  'cron.invalid': {
    en: 'The schedule "{value}" is not a valid cron expression: {reason}. Use five fields: minute hour day-of-month month day-of-week, such as "0 9 * * 1".',
    'zh-CN': '定时规则 "{value}" 不是有效的 cron 表达式：{reason}。请使用五个字段：分 时 日 月 星期，例如 "0 9 * * 1"。',
  },
  'timezone.invalid': {
    en: '"{value}" is not a known time zone. Use an IANA name such as Asia/Shanghai or Europe/London.',
    'zh-CN': '"{value}" 不是已知的时区。请使用 IANA 时区名，例如 Asia/Shanghai 或 Europe/London。',
  },
  'edge.from_missing': {
    en: 'A connection starts at "{from}", but there is no step with that id.',
    'zh-CN': '有一条连线从 "{from}" 出发，但不存在这个 id 的步骤。',
  },
  'edge.to_missing': {
    en: 'A connection from "{from}" leads to "{to}", but there is no step with that id.',
    'zh-CN': '从 "{from}" 出发的连线指向 "{to}"，但不存在这个 id 的步骤。',
  },
  'edge.bad_port': {
    en: 'Step "{from}" has no exit called "{port}". Its exits are: {ports}.',
    'zh-CN': '步骤 "{from}" 没有名为 "{port}" 的出口。它的出口有：{ports}。',
  },
  'edge.duplicate_port': {
    en: 'Exit "{port}" of step "{from}" is connected more than once. Each exit leads to one step.',
    'zh-CN': '步骤 "{from}" 的出口 "{port}" 被连接了多次。每个出口只能连向一个步骤。',
  },
  'edge.duplicate_id': {
    en: 'Two connections share the id "{id}".',
    'zh-CN': '有两条连线使用了相同的 id "{id}"。',
  },
  'graph.unreachable': {
    en: 'Step "{id}" can never be reached from the trigger. Connect it, or delete it.',
    'zh-CN': '从触发器永远无法到达步骤 "{id}"。请把它连上，或者删除它。',
  },
  'graph.cycle_without_wait': {
    en: 'Steps {cycle} form a loop with no wait in it, so a customer would go round forever. Add a wait or a wait-for-event step to the loop.',
    'zh-CN': '步骤 {cycle} 构成了一个没有等待的循环，客户会无限循环。请在循环中加入等待或等待事件步骤。',
  },
  'split.weights': {
    en: 'The variant weights add up to {sum}; they must add up to 100.',
    'zh-CN': '各实验组的权重合计为 {sum}，必须正好等于 100。',
  },
  'port.duplicate': {
    en: 'Two branches are both called "{port}". Give each branch its own name.',
    'zh-CN': '有两个分支都叫 "{port}"。请为每个分支取不同的名字。',
  },
  'port.reserved': {
    en: 'A branch cannot be called "default": that name is kept for customers who match no case.',
    'zh-CN': '分支不能命名为 "default"：这个名字保留给不满足任何条件的客户。',
  },
  'logic.unknown_operator': {
    en: 'This condition uses "{operator}", which is not a known operator. Choose one from the list of conditions.',
    'zh-CN': '这个条件使用了未知的运算符 "{operator}"。请从条件列表中选择。',
  },
  'logic.arity': {
    en: 'The operator "{operator}" is given the wrong number of values ({given}); it takes {expected}.',
    'zh-CN': '运算符 "{operator}" 的参数个数不对（给了 {given} 个），应为 {expected} 个。',
  },
  'logic.too_deep': {
    en: 'This condition is nested too deeply (more than {max} levels). Simplify it.',
    'zh-CN': '这个条件嵌套太深（超过 {max} 层）。请简化它。',
  },
  // The sentence for reason "keys"; the other reasons are in MESSAGES_BY_REASON.
  'logic.malformed': {
    en: 'This condition is not well formed: each operation is an object with exactly one operator.',
    'zh-CN': '这个条件格式不正确：每个运算必须是只包含一个运算符的对象。',
  },
  // The sentence for a rule inside a step; reason "no_step" (a segment's rule) is in MESSAGES_BY_REASON.
  'logic.empty_value': {
    en: 'Step "{step}" has a rule on "{field}" ({operator}) with an empty value. Fill in the value, or remove the rule.',
    'zh-CN': '步骤 "{step}" 中关于 "{field}" 的规则（{operator}）没有填写值。请填写值，或删除这条规则。',
  },
  'logic.unsafe_var': {
    en: 'The field "{var}" cannot be used in a condition.',
    'zh-CN': '字段 "{var}" 不能用于条件。',
  },
  'logic.bad_argument': {
    en: 'The operator "{operator}" cannot take this value: {reason}.',
    'zh-CN': '运算符 "{operator}" 不能接受这个值（这里需要 {expected} 类型的值）。',
  },
  // The sentence for reason "operations"; reason "size" is in MESSAGES_BY_REASON.
  'logic.too_costly': {
    en: 'This condition could need about {estimate} operations to evaluate, more than the limit of {budget}. Iterate over fewer or shorter lists, or nest fewer "for each item" steps.',
    'zh-CN': '这个条件求值可能需要约 {estimate} 次运算，超过了 {budget} 次的上限。请遍历更少或更短的列表，或减少嵌套的“逐项”步骤。',
  },
  'template.unknown_placeholder': {
    en: 'The placeholder "{{{placeholder}}}" is not known and will be left empty.',
    'zh-CN': '占位符 "{{{placeholder}}}" 无法识别，发送时将显示为空。',
  },
  'template.unclosed': {
    en: 'A placeholder is opened with "{{" but never closed with "}}".',
    'zh-CN': '有一个占位符以 "{{" 开始，但没有用 "}}" 结束。',
  },
  'internal.error': {
    en: 'The validator could not finish ({reason}). Please report this playbook to the Stayflow team.',
    'zh-CN': '校验器未能完成（{reason}）。请把这个剧本反馈给 Stayflow 团队。',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageCode = keyof typeof MESSAGES;

/**
 * Sentences for codes that cover several problems, chosen by the issue's `reason` param;
 * a reason not listed here gets the code's sentence in MESSAGES.
 */
export const MESSAGES_BY_REASON: { readonly [Code in MessageCode]?: Readonly<Record<string, Record<Locale, string>>> } = {
  'logic.malformed': {
    not_json: {
      en: 'This condition contains a value that is not JSON ({type}).',
      'zh-CN': '这个条件包含一个不是 JSON 的值（{type}）。',
    },
    cycle: {
      en: 'This condition contains itself, so it can never be evaluated.',
      'zh-CN': '这个条件包含了它自身，因此永远无法求值。',
    },
    too_large: {
      en: 'This condition has more than {max} values, too many to check. Simplify it.',
      'zh-CN': '这个条件包含超过 {max} 个值，太多而无法检查。请简化它。',
    },
    unreadable: {
      en: 'This condition could not be read.',
      'zh-CN': '无法读取这个条件。',
    },
  },
  'logic.empty_value': {
    no_step: {
      en: 'The rule on "{field}" ({operator}) has an empty value. Fill in the value, or remove the rule.',
      'zh-CN': '关于 "{field}" 的规则（{operator}）没有填写值。请填写值，或删除这条规则。',
    },
  },
  'duration.negative': {
    no_step: {
      en: 'The duration {value} is negative. A wait or a time limit counts forward: use 0 or more, such as P5D (5 days).',
      'zh-CN': '时长 {value} 为负数。等待或时限只能向后计算：请使用 0 或正数，例如 P5D（5 天）。',
    },
  },
  'logic.too_costly': {
    size: {
      en: 'This condition could build a value of about {estimate} characters, more than the limit of {budget}. Do not join or combine a value with itself over and over.',
      'zh-CN': '这个条件可能生成约 {estimate} 个字符的值，超过了 {budget} 个字符的上限。请不要反复把一个值与自身拼接或合并。',
    },
  },
};

function sentences(code: MessageCode, reason: string | number | undefined): Record<Locale, string> {
  const byReason = MESSAGES_BY_REASON[code];
  return byReason !== undefined && reason !== undefined && Object.hasOwn(byReason, reason) ? byReason[reason]! : MESSAGES[code];
}

export function formatMessage(code: MessageCode, params: Record<string, string | number>, locale: Locale = 'en'): string {
  const template = sentences(code, params.reason)[locale];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : whole));
}
