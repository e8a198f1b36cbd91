export { limits } from './limits.js';
// Modules without valibot: core imports languages.js and problem.js directly (through this barrel
// the bundler would pull every schema into the shared chunk), and a widget that only localizes or
// counts characters (localize.js, text-length.js) loads no schema code.
export { languages, defaultLanguage } from './languages.js';
export type { Language } from './languages.js';
export { localize } from './localize.js';
export { LocalizedTextSchema } from './localized-text.js';
export type { LocalizedText } from './localized-text.js';
export { textLength } from './text-length.js';
export { boundedText } from './text.js';
export { PointSchema, AreaGeometrySchema } from './geo.js';
export type { Point, AreaGeometry } from './geo.js';
export { problemCodes, fieldErrorCodes } from './problem.js';
export { toFieldErrors } from './field-errors.js';
export type { Problem, ProblemCode, FieldError, FieldErrorCode } from './problem.js';
export { phaseKinds, PhaseSchema, ProcessInputSchema, Slug } from './process.js';
export type { Phase, PhaseKind, Process, ProcessInput } from './process.js';
export { ThemeInputSchema } from './theme.js';
export type { Theme, ThemeInput } from './theme.js';
export { AreaInputSchema } from './area.js';
export type { Area, AreaInput } from './area.js';
export {
  IdeaInputSchema,
  IdeaListQuerySchema,
  SupportInputSchema,
  ideaStatuses,
  publicIdeaFilters,
  ideaSorts,
  feasibilities,
  ideaEventKinds,
} from './idea.js';
export type {
  Idea,
  IdeaInput,
  IdeaListQuery,
  IdeaStatus,
  IdeaSort,
  IdeaReview,
  IdeaEvent,
  IdeaEventKind,
  PublicIdeaFilter,
  Feasibility,
  Page,
  SupportInput,
  SupportResult,
} from './idea.js';
export { CommentInputSchema, commentStatuses } from './comment.js';
export type { Comment, CommentInput, CommentStatus } from './comment.js';
export {
  RejectInputSchema,
  EditIdeaInputSchema,
  MergeInputSchema,
  ReviewInputSchema,
  ApiKeyInputSchema,
  roles,
} from './moderation.js';
export type { RejectInput, EditIdeaInput, MergeInput, ReviewInput, ApiKeyInput, ApiKeyCreated, Role } from './moderation.js';
export type { Tenant } from './tenant.js';
export { AdminIdeaListQuerySchema, AdminCommentListQuerySchema, CommentListQuerySchema } from './admin.js';
export type { AdminIdeaListQuery, AdminCommentListQuery, CommentListQuery, AdminIdea, AdminComment } from './admin.js';
export {
  ballotRuleKinds,
  countingRules,
  eligibilityRules,
  BallotRuleSchema,
  BudgetInputSchema,
  VotingSettingsInputSchema,
} from './budget.js';
export type {
  BallotRule,
  BallotRuleKind,
  Budget,
  BudgetInput,
  BudgetList,
  CountingRule,
  EligibilityRule,
  VotingSettings,
  VotingSettingsInput,
} from './budget.js';
export { ProposalInputSchema } from './proposal.js';
export type { Proposal, ProposalInput } from './proposal.js';
export { checkBallot, canAdd, ballotViolationCodes } from './ballot-rule.js';
export type { BallotCheck, BallotCheckBudget, BallotViolation, BallotViolationCode } from './ballot-rule.js';
export { BallotInputSchema, ReceiptCodeSchema } from './ballot.js';
export type { BallotInput, BallotReceipt, ReceiptCheck, VoterBallot } from './ballot.js';
export { EmailCodeRequestSchema, DeclarationSchema, VerifyInputSchema, PrintedCodeBatchInputSchema } from './voter.js';
export type {
  Declaration,
  EmailCodeRequest,
  EmailCodeSent,
  OutboxMessage,
  PrintedCodeBatch,
  PrintedCodeBatchInput,
  VerifyInput,
  VoterSession,
  VoterStatus,
} from './voter.js';
export type { BudgetResult, EqualSharesReason, GreedyReason, ProcessResults, ProposalResult, Turnout } from './results.js';
export {
  IndicatorInputSchema,
  NeedIndexInputSchema,
  MapSettingsInputSchema,
  AreaLookupQuerySchema,
  needDirections,
} from './area-map.js';
export type {
  Indicator,
  IndicatorInput,
  NeedDirection,
  NeedIndex,
  NeedIndexArea,
  NeedIndexComponent,
  NeedIndexInput,
  MapSettings,
  MapSettingsInput,
  AreaImportResult,
  IndicatorImportResult,
  AreaLookup,
} from './area-map.js';
export {
  projectStatuses,
  projectTransitions,
  canTransition,
  participationKinds,
  projectEventKinds,
  ParticipationSchema,
  MilestoneInputSchema,
  ProjectInputSchema,
  ProjectEditInputSchema,
  ProjectStatusInputSchema,
  ProjectUpdateInputSchema,
  SignupInputSchema,
  EvaluationInputSchema,
  ProjectListQuerySchema,
} from './project.js';
export type {
  ProjectStatus,
  ParticipationKind,
  ParticipationInput,
  MilestoneInput,
  ProjectInput,
  ProjectEditInput,
  ProjectStatusInput,
  ProjectUpdateInput,
  SignupInput,
  EvaluationInput,
  ProjectListQuery,
  Milestone,
  ProjectUpdate,
  Participation,
  EvaluationSummary,
  ProjectEventKind,
  ProjectEvent,
  ProjectSummary,
  Project,
  Signup,
  SignupResult,
  AdminEvaluation,
} from './project.js';
export { followTargets, FollowInputSchema } from './follow.js';
export type { FollowTarget, FollowInput, FollowRequested } from './follow.js';
export { ideaOutcomes } from './idea-timeline.js';
export type { IdeaTimeline, IdeaTimelineEntry, IdeaTimelineKind, IdeaOutcome } from './idea-timeline.js';
export {
  surveyQuestionTypes,
  surveyStatuses,
  surveyRespondentRules,
  SurveyId,
  SurveyConditionSchema,
  SurveyOptionSchema,
  SurveyQuestionSchema,
  SurveyPageSchema,
  SurveyDefinitionSchema,
  SurveyInputSchema,
  SurveyEditSchema,
  surveyDefinitionProblem,
} from './survey.js';
export type {
  Survey,
  SurveyCondition,
  SurveyDefinition,
  SurveyDefinitionInput,
  SurveyInput,
  SurveyOption,
  SurveyPage,
  SurveyQuestion,
  SurveyQuestionType,
  SurveyRespondentRule,
  SurveyStatus,
} from './survey.js';
export { SurveyResponseInputSchema, checkSurveyAnswers, conditionHolds, visiblePages, visibleQuestions } from './survey-answers.js';
export type { SurveyAnswer, SurveyAnswers, SurveyCheckContext, SurveyResponseCreated, SurveyResponseInput } from './survey-answers.js';
export type { SurveyAreaFeature, SurveyCount, SurveyGeoJson, SurveyMapGeoJson, SurveyPointFeature, SurveyQuestionResult, SurveyResults } from './survey-results.js';
export { SurveyEmailCodeRequestSchema, SurveyVerifyInputSchema } from './survey-verification.js';
export type { SurveyEmailCodeRequest, SurveyVerification, SurveyVerificationStatus, SurveyVerifyInput } from './survey-verification.js';
