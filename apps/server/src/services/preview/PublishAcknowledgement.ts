import Type, { type Static } from 'typebox';

const Id = Type.String({ minLength: 1, maxLength: 64 });
const Name = Type.String({ maxLength: 200 });
/** As many as a preview can list: one per other live playbook. */
const MAX_LISTED = 1_000;

/**
 * What the publisher saw in the publish preview and published anyway: the live playbooks
 * whose audiences overlap (the preview's `overlaps`) and those made from the same template
 * (`same_template`), copied as shown. Stored with the version and shown in its history.
 */
export const PublishAcknowledgement = Type.Object(
  {
    horizon_days: Type.Integer({ minimum: 1, maximum: 90, description: 'The horizon of the preview the overlaps come from, in days.' }),
    overlaps: Type.Array(
      Type.Object(
        {
          playbook_id: Id,
          name: Name,
          customers_in_both: Type.Integer({ minimum: 0 }),
          contacted_by_both: Type.Integer({ minimum: 0 }),
        },
        { additionalProperties: false },
      ),
      { maxItems: MAX_LISTED, description: 'Live playbooks whose audiences overlap this one’s, as the preview listed them.' },
    ),
    same_template: Type.Array(Type.Object({ playbook_id: Id, name: Name, template: Id }, { additionalProperties: false }), {
      maxItems: MAX_LISTED,
      description: 'Live playbooks made from the same template, as the preview listed them.',
    }),
  },
  { additionalProperties: false },
);
export type PublishAcknowledgement = Static<typeof PublishAcknowledgement>;

/** The body of `POST /api/playbooks/:id/publish`: optional, as is everything in it. */
export const PublishRequest = Type.Object(
  {
    acknowledged: Type.Optional(PublishAcknowledgement),
  },
  { additionalProperties: false },
);
export type PublishRequest = Static<typeof PublishRequest>;
