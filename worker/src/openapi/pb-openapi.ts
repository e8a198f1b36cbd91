/**
 * OpenAPI entries of participatory budgeting (docs/api.md, "Participatory budgeting"): budgets,
 * proposals, voters (email and printed codes, voter token), ballots, receipts, results and their
 * exports, staff setup, and the local-mode dev outbox. Request schemas from the contract, response
 * schemas from its interfaces (budget.ts, proposal.ts, ballot.ts, voter.ts, results.ts).
 */
import {
  BallotInputSchema,
  BallotRuleSchema,
  BudgetInputSchema,
  EmailCodeRequestSchema,
  PrintedCodeBatchInputSchema,
  ProposalInputSchema,
  ReceiptCodeSchema,
  VerifyInputSchema,
  VotingSettingsInputSchema,
  countingRules,
  eligibilityRules,
} from '@osallistu/contract';
import { arrayOf, bool, int, json, mapOf, num, object, oneOf, operation, query, ref, str, time, type Paths } from './operation.js';

const tag = 'participatory budgeting';
const admin = ['admin'];
const proc = 'process';
const base = '/v1/{tenant}/processes/{process}';
const adminBase = '/v1/{tenant}/admin/processes/{process}';

export function pbPaths(): Paths {
  const resultFile = { name: 'file', schema: { enum: ['results.csv', 'results.json', 'results.pb'] } };
  const codeFile = { name: 'file', schema: { type: 'string', pattern: '^[a-z0-9]{4,20}\\.(csv|html)$' } };
  return {
    [`${base}/budgets`]: {
      get: operation({ summary: 'Voting settings, window and budgets with their rules', tag, params: [proc], ok: [200, 'BudgetList'] }),
    },
    [`${base}/proposals`]: {
      get: operation({ summary: 'Proposals on the ballot (of one budget with ?budget=)', tag, params: [proc], query: [query('budget')], ok: [200, 'Proposal[]'] }),
    },
    [`${base}/voter/email-code`]: {
      post: operation({ summary: 'Send a 6-digit voting code by email (10 min; rate-limited per IP and address)', tag, params: [proc], body: 'EmailCodeRequest', ok: [202, 'EmailCodeSent'], idempotent: true }),
    },
    [`${base}/voter/verify`]: {
      post: operation({ summary: 'Verify an email or printed code with the eligibility declaration; a voter token for 30 min', tag, params: [proc], body: 'VerifyInput', ok: [201, 'VoterSession'], idempotent: true }),
    },
    [`${base}/voter`]: {
      get: operation({ summary: "The voter's live ballots", tag, params: [proc], voter: true, ok: [200, 'VoterStatus'] }),
    },
    [`${base}/budgets/{budget}/ballot`]: {
      post: operation({
        summary: 'Cast (or replace) the ballot of a budget; refusals name the broken rule',
        tag,
        params: [proc, 'budget'],
        voter: true,
        body: 'BallotInput',
        ok: [201, 'BallotReceipt'],
        idempotent: true,
      }),
    },
    [`${base}/receipts/{code}`]: {
      get: operation({ summary: 'Check a receipt: counted or replaced (no voter identity)', tag, params: [proc, { name: 'code', schema: json(ReceiptCodeSchema) }], ok: [200, 'ReceiptCheck'] }),
    },
    [`${base}/results`]: {
      get: operation({ summary: 'Winners, votes, why each proposal won or lost, turnout (409 until voting has ended)', tag, params: [proc], ok: [200, 'ProcessResults'] }),
    },
    [`${base}/budgets/{budget}/{file}`]: {
      get: operation({
        summary: 'Result export of a budget: CSV, JSON (BudgetResult) or pabulib .pb with anonymised, shuffled ballots',
        tag,
        params: [proc, 'budget', resultFile],
        query: [query('separator', { enum: ['comma', 'semicolon'] })],
        ok: [200, { type: 'text/plain', schema: { type: 'string', description: 'text/csv, application/json (BudgetResult) or text/plain (.pb)' } }],
      }),
    },
    '/v1/{tenant}/dev/outbox': {
      get: operation({ summary: 'Local mode only (404 in production): the dev outbox for the demo page', tag: 'local', ok: [200, 'OutboxMessage[]'] }),
    },
    '/v1/{tenant}/admin/dev-outbox': {
      get: operation({ summary: 'Local mode only: messages the worker would have emailed', tag: 'local', ok: [200, 'OutboxMessage[]'], roles: ['admin', 'moderator', 'reviewer'] }),
    },
    [`${adminBase}/voting`]: {
      put: operation({ summary: 'Voting settings: minimum age, municipality, verification methods', tag, params: [proc], body: 'VotingSettingsInput', ok: [200, 'VotingSettings'], roles: admin }),
    },
    [`${adminBase}/budgets/{budget}`]: {
      put: operation({ summary: 'Create (201) or replace (200) a budget with its ballot, counting and eligibility rules', tag, params: [proc, 'budget'], body: 'BudgetInput', ok: [200, 'Budget'], roles: admin }),
    },
    [`${adminBase}/proposals`]: {
      post: operation({ summary: 'Put published, feasible, costed ideas on the ballot as a proposal', tag, params: [proc], body: 'ProposalInput', ok: [201, 'Proposal'], roles: admin, idempotent: true }),
    },
    [`${adminBase}/printed-codes`]: {
      post: operation({ summary: 'A batch of printed single-use voting codes', tag, params: [proc], body: 'PrintedCodeBatchInput', ok: [201, 'PrintedCodeBatch'], roles: admin, idempotent: true }),
    },
    [`${adminBase}/printed-codes/{file}`]: {
      get: operation({
        summary: 'A batch as CSV (number, code, used) or as a printable HTML sheet of the unused codes',
        tag,
        params: [proc, codeFile],
        query: [query('separator', { enum: ['comma', 'semicolon'] })],
        ok: [200, { type: 'text/csv', schema: { type: 'string', description: 'text/csv for .csv, text/html for .html' } }],
        roles: admin,
      }),
    },
    [`${adminBase}/results`]: {
      post: operation({ summary: 'Count again now (public only after voting has ended)', tag, params: [proc], ok: [200, 'RecountResult'], roles: admin, idempotent: true }),
    },
    [`${adminBase}/voting/close`]: {
      post: operation({ summary: 'End the voting phase now and count', tag, params: [proc], ok: [200, 'ProcessResults'], roles: admin, idempotent: true }),
    },
  };
}

const ids = arrayOf(str);
const ballot = { receiptCode: str, budgetId: str, proposalIds: ids, castAt: time };
const votingSettings = json(VotingSettingsInputSchema) as { properties?: Record<string, object> };

const budget = object({
  id: str,
  processId: str,
  name: ref('LocalizedText'),
  areaId: { type: ['string', 'null'] },
  amountEur: int,
  ballotRule: ref('BallotRule'),
  countingRule: oneOf(...countingRules),
  eligibility: oneOf(...eligibilityRules),
  position: int,
  proposalCount: int,
});

const reason = {
  oneOf: [
    object({ kind: { const: 'greedy' }, rank: int, remainingEur: int, outcome: oneOf('selected', 'did-not-fit', 'no-votes') }),
    object(
      { kind: { const: 'mes' }, supporters: int, outcome: oneOf('selected', 'supporters-ran-out', 'no-supporters'), round: int, payers: int, maxShareEur: num, moneyLeftEur: num },
      ['round', 'payers', 'maxShareEur', 'moneyLeftEur'],
    ),
  ],
};

const budgetResult = object(
  {
    budgetId: str,
    areaId: { type: ['string', 'null'] },
    amountEur: int,
    countingRule: oneOf(...countingRules),
    ballots: int,
    selected: ids,
    costEur: int,
    shareEur: num,
    proposals: arrayOf(
      object({ proposalId: str, title: str, areaId: { type: ['string', 'null'] }, costEur: int, votes: int, selected: bool, reason, tie: bool }),
    ),
    computedAt: time,
  },
  ['shareEur'],
);

const outboxMessage = object({ id: int, to: str, subject: str, text: str, createdAt: time, headers: mapOf(str) });

export const pbSchemas: Record<string, unknown> = {
  BallotRule: json(BallotRuleSchema),
  BudgetInput: json(BudgetInputSchema),
  VotingSettingsInput: json(VotingSettingsInputSchema),
  ProposalInput: json(ProposalInputSchema),
  EmailCodeRequest: json(EmailCodeRequestSchema),
  VerifyInput: json(VerifyInputSchema),
  BallotInput: json(BallotInputSchema),
  PrintedCodeBatchInput: json(PrintedCodeBatchInputSchema),
  VotingSettings: { type: 'object', required: Object.keys(votingSettings.properties ?? {}), properties: votingSettings.properties ?? {} },
  Budget: budget,
  BudgetList: object({
    processId: str,
    settings: ref('VotingSettings'),
    votingStartsAt: { type: ['string', 'null'], format: 'date-time' },
    votingEndsAt: { type: ['string', 'null'], format: 'date-time' },
    votingOpen: bool,
    budgets: arrayOf(ref('Budget')),
  }),
  Proposal: object({
    id: str,
    processId: str,
    budgetId: str,
    title: str,
    summary: str,
    themeId: str,
    areaId: { type: ['string', 'null'] },
    costEur: int,
    originIdeas: arrayOf(object({ id: str, title: str })),
  }),
  'Proposal[]': arrayOf(ref('Proposal')),
  EmailCodeSent: object({ expiresAt: time }),
  VoterStatus: object({ processId: str, method: oneOf('email', 'printed'), expiresAt: time, ballots: arrayOf(object(ballot)) }),
  VoterSession: object({ token: str, processId: str, method: oneOf('email', 'printed'), expiresAt: time, ballots: arrayOf(object(ballot)) }),
  BallotReceipt: object({ ...ballot, replaced: { type: 'array', items: str, description: 'Budgets whose earlier ballot of this voter this one replaced' } }),
  ReceiptCheck: object({ ...ballot, processId: str, status: oneOf('counted', 'replaced') }),
  BudgetResult: budgetResult,
  ProcessResults: object({
    processId: str,
    voters: int,
    computedAt: time,
    budgets: arrayOf(ref('BudgetResult')),
    turnout: arrayOf(object({ budgetId: str, areaId: { type: ['string', 'null'] }, ballots: int, population: { type: ['integer', 'null'] } }, ['population'])),
  }),
  RecountResult: object({ processId: str, budgets: arrayOf(ref('BudgetResult')) }),
  PrintedCodeBatch: object({ id: str, processId: str, label: str, count: int, createdAt: time, csv: str, html: str }),
  OutboxMessage: outboxMessage,
  'OutboxMessage[]': arrayOf(ref('OutboxMessage')),
};


