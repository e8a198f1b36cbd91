/**
 * JSON Schemas (2020-12) of the response types. The contract declares responses as TypeScript
 * interfaces (they are never validated), so they are described here once, next to the document.
 */
const str = { type: 'string' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const int = { type: 'integer' } as const;
const localized = { $ref: '#/components/schemas/LocalizedText' } as const;
const point = { $ref: '#/components/schemas/Point' } as const;

export const responseSchemas = {
  Tenant: {
    type: 'object',
    required: ['id', 'name', 'languages'],
    properties: { id: str, name: str, languages: { type: 'array', items: { enum: ['fi', 'sv', 'en'] } } },
  },
  Process: {
    allOf: [
      { $ref: '#/components/schemas/ProcessInput' },
      {
        type: 'object',
        required: ['currentPhase'],
        properties: { currentPhase: { enum: ['ideation', 'co-creation', 'voting', 'implementation', 'evaluation', null] } },
      },
    ],
  },
  Theme: { $ref: '#/components/schemas/ThemeInput' },
  Area: {
    type: 'object',
    required: ['id', 'name', 'population', 'labelPoint'],
    properties: {
      id: str,
      name: localized,
      population: { type: ['integer', 'null'] },
      labelPoint: { oneOf: [point, { type: 'null' }] },
      geometry: { $ref: '#/components/schemas/AreaGeometry' },
    },
  },
  Idea: {
    type: 'object',
    required: [
      'id', 'processId', 'title', 'description', 'themeId', 'areaId', 'location', 'authorName', 'lang', 'status',
      'createdAt', 'publishedAt', 'supportCount', 'commentCount', 'rejectionReason', 'mergedInto', 'review', 'edit',
    ],
    properties: {
      id: str,
      processId: str,
      title: str,
      description: str,
      themeId: str,
      areaId: nullableStr,
      location: { oneOf: [point, { type: 'null' }] },
      authorName: nullableStr,
      lang: { enum: ['fi', 'sv', 'en'] },
      status: { enum: ['pending', 'published', 'rejected', 'merged'] },
      createdAt: { type: 'string', format: 'date-time' },
      publishedAt: { type: ['string', 'null'], format: 'date-time' },
      supportCount: int,
      commentCount: int,
      rejectionReason: nullableStr,
      mergedInto: { oneOf: [{ type: 'object', required: ['id', 'title'], properties: { id: str, title: str } }, { type: 'null' }] },
      review: {
        oneOf: [
          {
            type: 'object',
            required: ['feasibility', 'reason', 'costEur', 'responsibleUnit', 'reviewedAt'],
            properties: {
              feasibility: { enum: ['feasible', 'not-feasible'] },
              reason: nullableStr,
              costEur: { type: ['integer', 'null'] },
              responsibleUnit: str,
              reviewedAt: { type: 'string', format: 'date-time' },
            },
          },
          { type: 'null' },
        ],
      },
      edit: { oneOf: [{ type: 'object', required: ['note', 'editedAt'], properties: { note: str, editedAt: str } }, { type: 'null' }] },
    },
  },
  AdminIdea: {
    allOf: [{ $ref: '#/components/schemas/Idea' }, { type: 'object', required: ['hasEmail'], properties: { hasEmail: { type: 'boolean' } } }],
  },
  IdeaPage: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Idea' } }, nextCursor: nullableStr },
  },
  AdminIdeaPage: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/AdminIdea' } }, nextCursor: nullableStr },
  },
  IdeaEvent: {
    type: 'object',
    required: ['id', 'ideaId', 'kind', 'at', 'data'],
    properties: {
      id: int,
      ideaId: str,
      kind: { enum: ['submitted', 'published', 'rejected', 'edited', 'merged', 'absorbed', 'reviewed'] },
      at: { type: 'string', format: 'date-time' },
      data: { type: 'object', additionalProperties: { type: ['string', 'number', 'null'] } },
    },
  },
  Comment: {
    type: 'object',
    required: ['id', 'ideaId', 'body', 'authorName', 'status', 'createdAt'],
    properties: {
      id: str,
      ideaId: str,
      body: str,
      authorName: nullableStr,
      status: { enum: ['pending', 'published', 'rejected'] },
      createdAt: { type: 'string', format: 'date-time' },
    },
  },
  AdminComment: {
    allOf: [
      { $ref: '#/components/schemas/Comment' },
      { type: 'object', required: ['ideaTitle', 'rejectionReason'], properties: { ideaTitle: str, rejectionReason: nullableStr } },
    ],
  },
  CommentPage: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Comment' } }, nextCursor: nullableStr },
  },
  AdminCommentPage: {
    type: 'object',
    required: ['items', 'nextCursor'],
    properties: { items: { type: 'array', items: { $ref: '#/components/schemas/AdminComment' } }, nextCursor: nullableStr },
  },
  SupportResult: { type: 'object', required: ['supportCount'], properties: { supportCount: int } },
  ApiKeyCreated: {
    type: 'object',
    required: ['id', 'key', 'role', 'label'],
    properties: { id: str, key: str, role: { enum: ['admin', 'moderator', 'reviewer'] }, label: str },
  },
} as const;
