/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation AgencyClientSetupAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": typeof types.AgencyClientSetupAssessmentDocument,
    "mutation AgencyClientSetupPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": typeof types.AgencyClientSetupPlanDocument,
    "mutation AgencyClientSetupFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.AgencyClientSetupFollowUpDocument,
    "mutation AgencyClientSetupPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.AgencyClientSetupPlacementDocument,
    "mutation AlertJobPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": typeof types.AlertJobPlanDocument,
    "mutation AlertJobPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.AlertJobPlaceDocument,
    "query AlertRulesInbox { inbox(first: 100) { edges { node { id caseId referralId kind subject category dueOn } } } }": typeof types.AlertRulesInboxDocument,
    "mutation AlertRulesMark($ids: [ID!]!) { markAlertsRead(ids: $ids) }": typeof types.AlertRulesMarkDocument,
    "mutation AlertRulesRefer($input: ReferInput!) { refer(input: $input) { id } }": typeof types.AlertRulesReferDocument,
    "mutation AlertRulesTransfer($input: TransferCaseInput!) { transferCase(input: $input) { id } }": typeof types.AlertRulesTransferDocument,
    "mutation AlertRulesAccept($id: ID!) { acceptReferral(id: $id) { id status } }": typeof types.AlertRulesAcceptDocument,
    "mutation AlertRulesClose($input: RequestClosureInput!) { requestClosure(input: $input) { id } }": typeof types.AlertRulesCloseDocument,
    "mutation AlertRulesPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": typeof types.AlertRulesPlanDocument,
    "mutation AlertRulesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.AlertRulesPlaceDocument,
    "query Look($id: ID!) { case(id: $id) { id status client { givenName personalCode } latestAssessment { healthFindings } } }": typeof types.LookDocument,
    "mutation AuditRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.AuditRecordPlacementDocument,
    "query Where($id: ID!) { case(id: $id) { placements { provider { code } } } }": typeof types.WhereDocument,
    "mutation AuditAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.AuditAddFollowUpDocument,
    "query AuthMe { me { userId role agency { code kind municipalityCode } } }": typeof types.AuthMeDocument,
    "query AuthCases { cases(first: 5) { totalCount edges { node { id } } } }": typeof types.AuthCasesDocument,
    "mutation BadInputAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.BadInputAddFollowUpDocument,
    "mutation BadInputUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }": typeof types.BadInputUpdateFollowUpDocument,
    "mutation BirthFamilyPlan($input: PlanBirthFamilyContactInput!) {\n  planBirthFamilyContact(input: $input) { id kind status plannedOn heldOn place participants outcome version organisingAgency { code } }\n}": typeof types.BirthFamilyPlanDocument,
    "mutation BirthFamilyUpdate($id: ID!, $input: UpdateBirthFamilyContactInput!) {\n  updateBirthFamilyContact(id: $id, input: $input) { id status heldOn outcome version }\n}": typeof types.BirthFamilyUpdateDocument,
    "query BirthFamilyRead($id: ID!) {\n  case(id: $id) { id birthFamilyContacts { id status participants organisingAgency { code } } }\n}": typeof types.BirthFamilyReadDocument,
    "mutation BirthFamilyPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.BirthFamilyPlaceDocument,
    "query BypassAliases($id: ID!) { c: case(id: $id) { who: client { code: personalCode name: givenName } } }": typeof types.BypassAliasesDocument,
    "query BypassTwoAliases($id: ID!) { case(id: $id) { client { a: personalCode b: personalCode } } }": typeof types.BypassTwoAliasesDocument,
    "query BypassList { cases(first: 10) { edges { node { client { personalCode } latestAssessment { healthFindings } } } } }": typeof types.BypassListDocument,
    "mutation BypassAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.BypassAddFollowUpDocument,
    "query BypassFollowUpPage($id: ID!) { case(id: $id) { followUps(first: 1) { totalCount edges { node { category } } pageInfo { hasNextPage } } } }": typeof types.BypassFollowUpPageDocument,
    "query CareFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }\n  }\n}": typeof types.CareFiguresDocument,
    "mutation CarePathPlace($input: RecordPlacementInput!) {\n  recordPlacement(input: $input) { id type capacityException }\n}": typeof types.CarePathPlaceDocument,
    "mutation CarePathDecide($input: RecordPermanencyPlanInput!) {\n  recordPermanencyPlan(input: $input) {\n    id version goal targetDate decidedOn decisionRef reviewedWithPlanVersion decidingAgency { code } decidedByUserId\n  }\n}": typeof types.CarePathDecideDocument,
    "query CarePathPermanency($id: ID!) { case(id: $id) { permanencyPlans { version goal targetDate } } }": typeof types.CarePathPermanencyDocument,
    "mutation CarePathExit($input: RecordExitFromCareInput!) {\n  recordExitFromCare(input: $input) { id endsOn exitDestination }\n}": typeof types.CarePathExitDocument,
    "query CarePathDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }": typeof types.CarePathDueDocument,
    "mutation CarePathApply($input: ApplyForLongTermCareInput!) {\n  applyForLongTermCare(input: $input) { id status version service appliedOn }\n}": typeof types.CarePathApplyDocument,
    "mutation CarePathOffer($input: OfferPlaceInput!) {\n  offerPlace(input: $input) { id status version offeredOn offeredProvider { code } }\n}": typeof types.CarePathOfferDocument,
    "mutation CarePathAdmit($input: AdmitFromWaitingListInput!) {\n  admitFromWaitingList(input: $input) { id status version admittedOn assessmentId servicesTried whyNotEnough }\n}": typeof types.CarePathAdmitDocument,
    "mutation CarePathRemove($input: RemoveFromWaitingListInput!) {\n  removeFromWaitingList(input: $input) { id status version removedOn removalReason }\n}": typeof types.CarePathRemoveDocument,
    "query CarePathApplications($id: ID!) { case(id: $id) { careApplications { id status version } } }": typeof types.CarePathApplicationsDocument,
    "mutation CarePathAssess($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": typeof types.CarePathAssessDocument,
    "query CarerFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }\n  }\n}": typeof types.CarerFiguresDocument,
    "mutation CarerPlacementsPlace($input: RecordPlacementInput!) {\n  recordPlacement(input: $input) { id carerId fosterForm endsOn capacityException }\n}": typeof types.CarerPlacementsPlaceDocument,
    "mutation CarerSupportPlanSave($input: SaveCarerSupportPlanInput!) {\n  saveCarerSupportPlan(input: $input) { id supportPlans { version needs support validFrom reviewDueOn } }\n}": typeof types.CarerSupportPlanSaveDocument,
    "query CarerSupportPlanRead($id: ID!) { carer(id: $id) { id supportPlans { version support } } }": typeof types.CarerSupportPlanReadDocument,
    "mutation CarerSupportPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.CarerSupportPlanPlaceDocument,
    "query CarersOne($id: ID!) {\n  carer(id: $id) { id myRelations name phone status initialTrainingHours\n    history { from to reason exitInterview agency { code } } forms { form decisionRef decidingAgency { code } } }\n}": typeof types.CarersOneDocument,
    "mutation CarersContact($input: UpdateCarerContactInput!) { updateCarerContact(input: $input) { id phone version } }": typeof types.CarersContactDocument,
    "mutation CarersPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id carerId } }": typeof types.CarersPlaceDocument,
    "query CaseCountPage($filter: CaseFilter, $after: String) {\n  cases(filter: $filter, first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }\n}": typeof types.CaseCountPageDocument,
    "mutation CaseRecordRecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) { id type assessedOn needsSummary healthFindings authorAgency { code } }\n}": typeof types.CaseRecordRecordAssessmentDocument,
    "mutation CaseRecordSaveSupportPlan($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id version status reviewDueOn goals { position description }\n    tasks { position goalPosition description deadline responsibleAgency { code } status }\n    services { serviceType volume unit period provider { code } } }\n}": typeof types.CaseRecordSaveSupportPlanDocument,
    "mutation CaseRecordAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind category version authorAgency { code } } }": typeof types.CaseRecordAddFollowUpDocument,
    "query CaseRecordFullCase($id: ID!) {\n  case(id: $id) {\n    id status\n    client { id givenName personalCode }\n    latestAssessment { type needsSummary healthFindings safetyFindings childOpinion }\n    currentPlan { version status goals { description } }\n    planHistory { version status }\n    followUps(first: 10) { totalCount edges { node { kind summary category } } pageInfo { hasNextPage endCursor } }\n  }\n}": typeof types.CaseRecordFullCaseDocument,
    "mutation CaseRecordTwoPlans($input: SaveSupportPlanInput!) {\n      a: saveSupportPlan(input: $input) { version } b: saveSupportPlan(input: $input) { version } }": typeof types.CaseRecordTwoPlansDocument,
    "query CaseRecordFollowUpsFirstPage($id: ID!) { case(id: $id) { followUps(first: 2) { edges { node { summary } } pageInfo { hasNextPage endCursor } } } }": typeof types.CaseRecordFollowUpsFirstPageDocument,
    "query CaseRecordFollowUpsNextPage($id: ID!, $after: String) { case(id: $id) { followUps(first: 2, after: $after) { edges { node { summary } } pageInfo { hasNextPage } } } }": typeof types.CaseRecordFollowUpsNextPageDocument,
    "query CaseRecordUpdatedSince($since: DateTimeISO) { cases(filter: { updatedSince: $since }) { totalCount } }": typeof types.CaseRecordUpdatedSinceDocument,
    "mutation CaseWorkersAssign($input: AssignCaseWorkerInput!, $key: String) {\n  assignCaseWorker(input: $input, idempotencyKey: $key) { id version caseManager { userId name agency { code } } } }": typeof types.CaseWorkersAssignDocument,
    "query CaseWorkersHistory($id: ID!) {\n  case(id: $id) { caseManager { userId name } caseWorkerAssignments { userId name assignedByUserId assignedAt agency { code } } } }": typeof types.CaseWorkersHistoryDocument,
    "mutation CentreRecordActivity($input: RecordCentreActivityInput!) {\n  recordCentreActivity(input: $input) { id serviceCode occurredOn hours participants { kind count } caseIds note }\n}": typeof types.CentreRecordActivityDocument,
    "query CentreActivities($from: LocalDate!, $to: LocalDate!, $serviceCode: String, $first: Int, $after: String) {\n  centreActivities(from: $from, to: $to, serviceCode: $serviceCode, first: $first, after: $after) {\n    totalCount edges { node { id serviceCode occurredOn } } pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.CentreActivitiesDocument,
    "query CentreActivityCounts($from: LocalDate!, $to: LocalDate!) {\n  centreActivityCounts(from: $from, to: $to) { month serviceCode activities hours participants }\n}": typeof types.CentreActivityCountsDocument,
    "mutation CentreOpenSurvey($input: OpenPartnerSurveyInput!) {\n  openPartnerSurvey(input: $input) { id year partnerKind tokensIssued responses closedAt questions { code scale } }\n}": typeof types.CentreOpenSurveyDocument,
    "mutation CentreIssueTokens($surveyId: ID!, $count: Int!) {\n  issueSurveyTokens(surveyId: $surveyId, count: $count) { tokens survey { id tokensIssued responses } }\n}": typeof types.CentreIssueTokensDocument,
    "mutation CentreIssueTokensKeyed($surveyId: ID!, $count: Int!, $key: String) {\n  issueSurveyTokens(surveyId: $surveyId, count: $count, idempotencyKey: $key) { tokens survey { tokensIssued } }\n}": typeof types.CentreIssueTokensKeyedDocument,
    "mutation CentreCloseSurvey($id: ID!) { closePartnerSurvey(id: $id) { id closedAt responses } }": typeof types.CentreCloseSurveyDocument,
    "query CentreSurveys($year: Int) { partnerSurveys(year: $year) { id partnerKind tokensIssued responses closedAt } }": typeof types.CentreSurveysDocument,
    "query CentreEvaluation($centreCode: String!, $year: Int!) {\n  centreEvaluation(centreCode: $centreCode, year: $year) {\n    year suppressionThreshold centre { code }\n    indicators { service { code } activities hours participants participantsByKind { kind count } activeMonths }\n    surveys { partnerKind responses { value suppressed } questions { question { code } scores { value suppressed } meanScore } }\n  }\n}": typeof types.CentreEvaluationDocument,
    "mutation ChangeFeedAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }": typeof types.ChangeFeedAddDocument,
    "mutation ChangeFeedUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }": typeof types.ChangeFeedUpdateDocument,
    "query ChangeFeed($after: String, $first: Int) {\n  changes(after: $after, first: $first) {\n    edges { cursor node { id caseId entity entityId operation at categories oldVersion newVersion } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.ChangeFeedDocument,
    "mutation ClosureTransition($input: TransitionCaseInput!) { transitionCase(input: $input) { id status closedOn version } }": typeof types.ClosureTransitionDocument,
    "mutation ClosureRequest($input: RequestClosureInput!) {\n  requestClosure(input: $input) { id to reason status requestedByUserId decidedByUserId returnReason }\n}": typeof types.ClosureRequestDocument,
    "mutation ClosureApprove($input: DecideClosureInput!) { approveClosure(input: $input) { id status decidedByUserId } }": typeof types.ClosureApproveDocument,
    "mutation ClosureReturn($input: ReturnClosureInput!) { returnClosure(input: $input) { id status returnReason } }": typeof types.ClosureReturnDocument,
    "query ClosureCase($id: ID!) { case(id: $id) { status closedOn version closureRequests { id status to reason returnReason } } }": typeof types.ClosureCaseDocument,
    "query ClosureSetting { municipalities { code closureNeedsApproval } }": typeof types.ClosureSettingDocument,
    "query ClosureInbox { inbox(first: 50) { edges { node { id caseId kind subject category } } } }": typeof types.ClosureInboxDocument,
    "query ContractCaseAccess($id: ID!) {\n  case(id: $id) { myRoles access { roles readableCategories writableCategories readableFields } }\n}": typeof types.ContractCaseAccessDocument,
    "query ContractCaseView($id: ID!) {\n  case(id: $id) {\n    id status targetGroup client { id givenName personalCode }\n    involvements { id role }\n    assessments { id type healthFindings }\n    planHistory { id version status }\n    followUps(first: 20) { edges { node { id category summary } } }\n    placements { id type carerName }\n  }\n}": typeof types.ContractCaseViewDocument,
    "query ContractNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Case { status targetGroup client { id givenName personalCode } }\n    ... on Involvement { role }\n    ... on Assessment { type healthFindings }\n    ... on SupportPlan { version planStatus: status }\n    ... on FollowUp { category summary }\n    ... on Placement { placementType: type carerName }\n  }\n}": typeof types.ContractNodeDocument,
    "query ContractPages($after: String) {\n  cases(first: 1, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n}": typeof types.ContractPagesDocument,
    "mutation ContractRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": typeof types.ContractRecordAssessmentDocument,
    "mutation ContractSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": typeof types.ContractSavePlanDocument,
    "mutation ContractAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.ContractAddFollowUpDocument,
    "mutation ContractRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.ContractRecordPlacementDocument,
    "query ContractCaseLikeNode($id: ID!) {\n        case(id: $id) { id status targetGroup client { id givenName personalCode } }\n      }": typeof types.ContractCaseLikeNodeDocument,
    "query DataQualityReport($groupBy: QualityGroupBy, $region: String) {\n  dataQuality(groupBy: $groupBy, region: $region) {\n    scopeLevel scopeCode groupBy asOf suppressionThreshold\n    checks { id kind weight category keeper aggregateOnly }\n    rows { areaCode areaName cases { value suppressed unknown } score { value suppressed unknown }\n      completeness { value suppressed unknown } timeliness { value suppressed unknown } consistency { value suppressed unknown } }\n  }\n}": typeof types.DataQualityReportDocument,
    "query MyCaseQuality($first: Int, $after: String, $assignedToMe: Boolean) {\n  myCaseQuality(first: $first, after: $after, assignedToMe: $assignedToMe) {\n    edges { cursor node { caseId score completeness timeliness consistency missing { check kind category description } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.MyCaseQualityDocument,
    "query DemoRulesMentors { socialMentors { id clients } }": typeof types.DemoRulesMentorsDocument,
    "query DemoRulesCentreEvaluation($centreCode: String!, $year: Int!) {\n  centreEvaluation(centreCode: $centreCode, year: $year) { surveys { partnerKind responses { value suppressed } } }\n}": typeof types.DemoRulesCentreEvaluationDocument,
    "query DiscoveryCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }": typeof types.DiscoveryCaseExistsDocument,
    "query DiscoveryAccessLog($id: ID!) { caseAccessLog(caseId: $id, first: 50) { totalCount edges { node { kind userId userRole agency { code } caseRoles operation categories fields } } } }": typeof types.DiscoveryAccessLogDocument,
    "query Peek($id: ID!) { case(id: $id) { status client { givenName } } }": typeof types.PeekDocument,
    "mutation DiscoveryAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": typeof types.DiscoveryAddInvolvementDocument,
    "query DueDatesPage($filter: DueItemFilter, $after: String) {\n  dueItems(filter: $filter, first: 40, after: $after) {\n    edges { node { id kind caseId dueOn daysOverdue responsibleAgency { code } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": typeof types.DueDatesPageDocument,
    "query DueDatesOfCases($asOf: LocalDate) {\n  cases(first: 30) { edges { node { id dueItems(asOf: $asOf) { id kind dueOn daysOverdue } } } }\n}": typeof types.DueDatesOfCasesDocument,
    "mutation DueDatesSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": typeof types.DueDatesSavePlanDocument,
    "mutation DueDatesFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.DueDatesFollowUpDocument,
    "mutation DueDatesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.DueDatesPlaceDocument,
    "mutation DueDatesTransition($input: TransitionCaseInput!) { transitionCase(input: $input) { version } }": typeof types.DueDatesTransitionDocument,
    "query FieldPermissionsFullCase($id: ID!) {\n  case(id: $id) {\n    id status targetGroup openedOn\n    caseManager { name }\n    involvements { role agency { code } }\n    client { givenName birthDate personalCode address }\n    latestAssessment { type needsSummary healthFindings safetyFindings familyNotes childOpinion }\n    currentPlan { version goals { description } }\n    followUps(first: 10) { totalCount edges { node { category summary } } }\n    placements { type carerName courtDecisionRef }\n    permanencyPlans { goal targetDate }\n    careApplications { service whyNotEnough }\n  }\n}": typeof types.FieldPermissionsFullCaseDocument,
    "mutation FieldPermissionsRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": typeof types.FieldPermissionsRecordAssessmentDocument,
    "mutation FieldPermissionsSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": typeof types.FieldPermissionsSaveSupportPlanDocument,
    "mutation FieldPermissionsAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.FieldPermissionsAddFollowUpDocument,
    "mutation FieldPermissionsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.FieldPermissionsRecordPlacementDocument,
    "mutation FieldPermissionsDecidePermanency($input: RecordPermanencyPlanInput!) {\n      recordPermanencyPlan(input: $input) { id } }": typeof types.FieldPermissionsDecidePermanencyDocument,
    "mutation FieldPermissionsApply($input: ApplyForLongTermCareInput!) {\n      applyForLongTermCare(input: $input) { id } }": typeof types.FieldPermissionsApplyDocument,
    "mutation RevisionsAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }": typeof types.RevisionsAddDocument,
    "mutation RevisionsUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }": typeof types.RevisionsUpdateDocument,
    "query RevisionsHistory($id: ID!) {\n  case(id: $id) { followUps(first: 50) { edges { node { id category summary version\n    revisions { version kind occurredOn summary recommendations category replacedByUserId replacedAt } } } } }\n}": typeof types.RevisionsHistoryDocument,
    "mutation FollowUpWritesAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }": typeof types.FollowUpWritesAddDocument,
    "mutation FollowUpWritesUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version summary category } }": typeof types.FollowUpWritesUpdateDocument,
    "mutation HelpfulErrorsTransfer($input: TransferCaseInput!) { transferCase(input: $input) { caseId } }": typeof types.HelpfulErrorsTransferDocument,
    "mutation HelpfulErrorsMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }": typeof types.HelpfulErrorsMoveDocument,
    "mutation HelpfulErrorsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.HelpfulErrorsPlaceDocument,
    "mutation HelpfulErrorsPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": typeof types.HelpfulErrorsPlanDocument,
    "query HelpfulErrorsCases($codes: [String!]) { cases(filter: { municipalityCode: $codes }) { totalCount } }": typeof types.HelpfulErrorsCasesDocument,
    "query HelpfulErrorsAgencies($code: String) { agencies(municipalityCode: $code) { code } }": typeof types.HelpfulErrorsAgenciesDocument,
    "query HelpfulErrorsMunicipalities($code: String) { municipalities(regionCode: $code) { code } }": typeof types.HelpfulErrorsMunicipalitiesDocument,
    "query HelpfulErrorsSummary($region: String) {\n  regionalSummary(period: { from: \"2026-01-01\", to: \"2026-06-30\" }, region: $region, metrics: [OPEN_CASES]) { scopeLevel } }": typeof types.HelpfulErrorsSummaryDocument,
    "query HelpfulErrorsTrend($region: String) { trend(metric: OPEN_CASES, months: 2, region: $region) { month } }": typeof types.HelpfulErrorsTrendDocument,
    "mutation HelpfulErrorsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind } }": typeof types.HelpfulErrorsFollowUpDocument,
    "mutation HelpfulErrorsInvolve($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": typeof types.HelpfulErrorsInvolveDocument,
    "mutation HelpfulErrorsInvolveAsAnalyst($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": typeof types.HelpfulErrorsInvolveAsAnalystDocument,
    "mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) { addFollowUp(input: $input, idempotencyKey: $key) { id version summary } }": typeof types.IdempotencyAddFollowUpDocument,
    "mutation IdempotencyOpenCase($input: OpenCaseInput!) {\n  openCase(input: $input, idempotencyKey: \"intake-77\") { id status targetGroup myRoles client { id personalCode givenName } }\n}": typeof types.IdempotencyOpenCaseDocument,
    "mutation LifecycleMove($input: TransitionCaseInput!) { transitionCase(input: $input) { status closedOn version } }": typeof types.LifecycleMoveDocument,
    "query LifecycleHistory($id: ID!) { case(id: $id) { status transitions { from to reason userId } } }": typeof types.LifecycleHistoryDocument,
    "query MatchingCandidates($caseId: ID!, $siblingCaseIds: [ID!], $first: Int) {\n  matchCandidates(caseId: $caseId, siblingCaseIds: $siblingCaseIds, first: $first) {\n    carerId form rank score fits children limit freePlaces siblingsHere distanceKm municipalityCode reasons\n  }\n}": typeof types.MatchingCandidatesDocument,
    "mutation MatchingLinkSiblings($input: LinkSiblingCasesInput!) { linkSiblingCases(input: $input) { id } }": typeof types.MatchingLinkSiblingsDocument,
    "mutation MatchingPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.MatchingPlaceDocument,
    "query MentorMigrationRegistered { socialMentors { id name clients } }": typeof types.MentorMigrationRegisteredDocument,
    "mutation MentorMigrationAssign($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }": typeof types.MentorMigrationAssignDocument,
    "mutation MentorsRegister($input: RegisterMentorInput!) { registerMentor(input: $input) { id name active clients } }": typeof types.MentorsRegisterDocument,
    "mutation MentorsRetire($id: ID!) { retireMentor(id: $id) { id active clients } }": typeof types.MentorsRetireDocument,
    "query MentorsRegistered($includeRetired: Boolean) {\n  socialMentors(includeRetired: $includeRetired) { id name active clients }\n}": typeof types.MentorsRegisteredDocument,
    "mutation MentorsAssign($input: AssignMentorInput!) {\n  assignMentor(input: $input) { id mentorId mentorName startsOn endsOn provider { code } }\n}": typeof types.MentorsAssignDocument,
    "mutation MentorsEnd($id: ID!, $endsOn: LocalDate!) { endMentorAssignment(id: $id, endsOn: $endsOn) { id endsOn } }": typeof types.MentorsEndDocument,
    "query MentorsOfCase($id: ID!) { case(id: $id) { mentors { id mentorId mentorName endsOn provider { code } } } }": typeof types.MentorsOfCaseDocument,
    "query MonitoringDueItems($filter: DueItemFilter) { dueItems(filter: $filter, first: 100) { edges { node { kind caseId dueOn daysOverdue responsibleAgency { code } } } } }": typeof types.MonitoringDueItemsDocument,
    "mutation MonitoringSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": typeof types.MonitoringSaveSupportPlanDocument,
    "mutation MonitoringRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.MonitoringRecordPlacementDocument,
    "mutation MonitoringAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.MonitoringAddFollowUpDocument,
    "mutation MonitoringTransitionCase($input: TransitionCaseInput!) { transitionCase(input: $input) { version } }": typeof types.MonitoringTransitionCaseDocument,
    "query MonitoringCaseDueItemsFixedDate($id: ID!) { case(id: $id) { dueItems(asOf: \"2026-11-15\") { kind } } }": typeof types.MonitoringCaseDueItemsFixedDateDocument,
    "query MonitoringCaseDueItems($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind } } }": typeof types.MonitoringCaseDueItemsDocument,
    "mutation NoNPlusOneSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id goals { position } } }": typeof types.NoNPlusOneSavePlanDocument,
    "mutation NoNPlusOneEvaluatePlan($id: ID!, $input: EvaluatePlanInput!) { evaluatePlan(id: $id, input: $input) { id } }": typeof types.NoNPlusOneEvaluatePlanDocument,
    "mutation NoNPlusOneLinkSiblings($input: LinkSiblingCasesInput!) { linkSiblingCases(input: $input) { id } }": typeof types.NoNPlusOneLinkSiblingsDocument,
    "query OpenCaseManager($id: ID!) { case(id: $id) { caseManager { userId name agency { code } } responsibleMunicipality { code } } }": typeof types.OpenCaseManagerDocument,
    "mutation PlacedChildPlanSave($input: SavePlacedChildPlanInput!) {\n  savePlacedChildPlan(input: $input) { id version goals support validFrom reviewDueOn agency { code } }\n}": typeof types.PlacedChildPlanSaveDocument,
    "query PlacedChildPlanRead($id: ID!) { case(id: $id) { id placedChildPlans { version goals } } }": typeof types.PlacedChildPlanReadDocument,
    "mutation PlacedChildPlanCaseDraft($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": typeof types.PlacedChildPlanCaseDraftDocument,
    "mutation PlacedChildPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.PlacedChildPlanPlaceDocument,
    "mutation PlacementLimitsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id siblingGroup capacityException } }": typeof types.PlacementLimitsRecordPlacementDocument,
    "mutation PlacementLimitsAssignMentor($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }": typeof types.PlacementLimitsAssignMentorDocument,
    "mutation PlacementLimitsRegisterMentor($input: RegisterMentorInput!) { registerMentor(input: $input) { id } }": typeof types.PlacementLimitsRegisterMentorDocument,
    "mutation PlacementLimitsRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) {\n  involvements { role active agency { code } validUntil } placements { type endsOn startsOn carerRef } } }": typeof types.PlacementLimitsRecordTransitionDocument,
    "query PlacementLimitsPlacements($id: ID!) { case(id: $id) { placements { type endsOn courtDecisionRef decidingAgency { code } } } }": typeof types.PlacementLimitsPlacementsDocument,
    "query PlacementLimitsDueItems($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { node { kind caseId } } } }": typeof types.PlacementLimitsDueItemsDocument,
    "mutation PlanApprovalSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }": typeof types.PlanApprovalSaveDocument,
    "mutation PlanApprovalApprove($id: ID!, $key: String) {\n  approvePlan(id: $id, idempotencyKey: $key) { id version status activatedAt returnedAt } }": typeof types.PlanApprovalApproveDocument,
    "mutation PlanApprovalReturn($id: ID!, $reason: String!) {\n  returnPlan(id: $id, reason: $reason) { id version status returnedAt returnedByUserId returnReason } }": typeof types.PlanApprovalReturnDocument,
    "mutation PlanApprovalSections($id: ID!, $input: PlanSectionsInput!) { recordPlanSections(id: $id, input: $input) { id } }": typeof types.PlanApprovalSectionsDocument,
    "query PlanApprovalPlans($id: ID!) {\n  case(id: $id) { currentPlan { version status } planHistory { version status returnReason returnedByUserId authorAgency { code } } } }": typeof types.PlanApprovalPlansDocument,
    "mutation PlanSectionsSave($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id version status missingSections agreement { status on by refusalReason }\n    goals { position description outcome carriedForward } } }": typeof types.PlanSectionsSaveDocument,
    "mutation PlanSectionsRecord($id: ID!, $input: PlanSectionsInput!) {\n  recordPlanSections(id: $id, input: $input) { id missingSections agreement { status } } }": typeof types.PlanSectionsRecordDocument,
    "mutation PlanSectionsApprove($id: ID!) { approvePlan(id: $id) { id status } }": typeof types.PlanSectionsApproveDocument,
    "mutation PlanSectionsEvaluate($id: ID!, $input: EvaluatePlanInput!) {\n  evaluatePlan(id: $id, input: $input) { id evaluation { evaluatedOn clientCooperation note } goals { position outcome evaluatedOn evaluationNote } } }": typeof types.PlanSectionsEvaluateDocument,
    "query PlanSectionsRead($id: ID!) {\n  case(id: $id) { currentPlan { id status\n    health { disabilityGroup disabilityValidUntil medications { name dose } treatmentAndRehabilitation }\n    family { people { name relation role } contactArrangements }\n    childVoice { opinionOnFamily }\n    placementConditions\n    education { stage school }\n    wishesAndInterests\n    cooperationPartners { organisation kind role workContact }\n    plannedContacts { kind plannedOn agency { code } }\n    agreement { status on by }\n  } } }": typeof types.PlanSectionsReadDocument,
    "mutation PlanSectionsLinkSiblings($input: LinkSiblingCasesInput!) {\n  linkSiblingCases(input: $input) { id siblingCaseId recordedByAgency { code } } }": typeof types.PlanSectionsLinkSiblingsDocument,
    "query PlanSectionsFeed($after: String) {\n  changes(first: 100, after: $after) { edges { node { entity caseId } } pageInfo { endCursor hasNextPage } } }": typeof types.PlanSectionsFeedDocument,
    "query PlanSectionsSiblings($id: ID!) { case(id: $id) { id siblingLinks { siblingCaseId } } }": typeof types.PlanSectionsSiblingsDocument,
    "query PlanSectionsDue($id: ID!) { case(id: $id) { dueItems { kind dueOn responsibleAgency { code } } } }": typeof types.PlanSectionsDueDocument,
    "mutation PlanSectionsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.PlanSectionsFollowUpDocument,
    "query PlanSectionsFigures($period: PeriodInput!, $metrics: [Metric!]) {\n  regionalSummary(period: $period, metrics: $metrics) {\n    figures { metric columns total { value suppressed } rows { areaCode cells { value suppressed } total { value suppressed } } } } }": typeof types.PlanSectionsFiguresDocument,
    "query ReachCountPage($after: String) {\n  cases(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }\n}": typeof types.ReachCountPageDocument,
    "query ReferenceSyncMunicipalities($region: String) { municipalities(regionCode: $region) { code name regionCode } }": typeof types.ReferenceSyncMunicipalitiesDocument,
    "query ReferenceSyncAgencies($municipality: String) { agencies(municipalityCode: $municipality) { code name municipalityCode regionCode contactPhone } }": typeof types.ReferenceSyncAgenciesDocument,
    "query ReferenceSyncClosureSettings { municipalities { code closureNeedsApproval } }": typeof types.ReferenceSyncClosureSettingsDocument,
    "mutation ReferenceSyncSavePlan($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id status missingSections } }": typeof types.ReferenceSyncSavePlanDocument,
    "mutation ReferenceSyncRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.ReferenceSyncRecordPlacementDocument,
    "query RegionalSummaryFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    scopeLevel scopeCode suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode cells { value suppressed } total { value suppressed } } }\n  }\n}": typeof types.RegionalSummaryFiguresDocument,
    "query RegionalSummaryTrend { trend(metric: OPEN_CASES, groupBy: REGION, months: 3) { month from to figure { total { value suppressed } } } }": typeof types.RegionalSummaryTrendDocument,
    "query MoneyFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed unknown } } }\n  }\n}": typeof types.MoneyFiguresDocument,
    "query SnapshotSummary($period: PeriodInput!, $groupBy: GroupBy, $targetGroup: TargetGroup) {\n  regionalSummary(period: $period, groupBy: $groupBy, targetGroup: $targetGroup) {\n    scopeLevel from to suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }\n  }\n}": typeof types.SnapshotSummaryDocument,
    "query SnapshotTrend($metric: Metric!, $groupBy: GroupBy, $months: Int) {\n  trend(metric: $metric, groupBy: $groupBy, months: $months) {\n    month from to figure { metric columns total { value suppressed } rows { areaCode cells { value suppressed } } }\n  }\n}": typeof types.SnapshotTrendDocument,
    "mutation SnapshotRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.SnapshotRecordPlacementDocument,
    "query RetentionSummary($period: PeriodInput!, $groupBy: GroupBy) {\n  regionalSummary(period: $period, groupBy: $groupBy) {\n    scopeLevel from to suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }\n  }\n}": typeof types.RetentionSummaryDocument,
    "query RetentionCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode } } }": typeof types.RetentionCaseExistsDocument,
    "query RetainedCase($id: ID!) {\n  case(id: $id) {\n    status version reportedBy closedOn targetGroup\n    client { id personalCode givenName familyName address phone birthDate gender declaredMunicipalityCode pseudonymisedAt }\n    followUps(first: 10) { totalCount edges { node { kind category summary recommendations } } }\n    transitions { from to reason }\n    placements { type carerName carerRef courtDecisionRef capacityException }\n    mentors { mentorRef mentorName }\n    latestAssessment { type needsSummary healthFindings childOpinion recommendedServices }\n    currentPlan { problem goals { description } tasks { description expectedResult status } }\n  }\n}": typeof types.RetainedCaseDocument,
    "mutation RetentionReopen($input: TransitionCaseInput!) { transitionCase(input: $input) { id status } }": typeof types.RetentionReopenDocument,
    "mutation RetentionFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.RetentionFollowUpDocument,
    "query ScopingCase($id: ID!) { case(id: $id) { id status myRoles } }": typeof types.ScopingCaseDocument,
    "query ScopingCases { cases(first: 50) { totalCount edges { node { id } } } }": typeof types.ScopingCasesDocument,
    "mutation ScopingAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": typeof types.ScopingAddInvolvementDocument,
    "mutation ScopingEndInvolvement($id: ID!) { endInvolvement(id: $id, reason: \"court proceedings closed\") { id active endedAt } }": typeof types.ScopingEndInvolvementDocument,
    "mutation ScopingAddPreviousProvider($input: AddInvolvementInput!) { addInvolvement(input: $input) { validUntil active } }": typeof types.ScopingAddPreviousProviderDocument,
    "mutation SecurityReviewCloseCase($input: TransitionCaseInput!) { transitionCase(input: $input) { status } }": typeof types.SecurityReviewCloseCaseDocument,
    "query SecurityReviewCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }": typeof types.SecurityReviewCaseExistsDocument,
    "mutation SecurityReviewAddHealthFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.SecurityReviewAddHealthFollowUpDocument,
    "mutation SecurityReviewUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }": typeof types.SecurityReviewUpdateFollowUpDocument,
    "mutation SecurityReviewAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": typeof types.SecurityReviewAddInvolvementDocument,
    "mutation SecurityReviewEndInvolvement($id: ID!) { endInvolvement(id: $id) { active } }": typeof types.SecurityReviewEndInvolvementDocument,
    "mutation SecurityReviewRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }": typeof types.SecurityReviewRecordTransitionDocument,
    "mutation SecurityReviewRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": typeof types.SecurityReviewRecordPlacementDocument,
    "query SecurityReviewClientCode($id: ID!) { case(id: $id) { client { personalCode } } }": typeof types.SecurityReviewClientCodeDocument,
    "query SecurityReviewCaseManager($id: ID!) { case(id: $id) { caseManager { name agency { code } } } }": typeof types.SecurityReviewCaseManagerDocument,
    "query SecurityReviewCaseStatus($id: ID!) { case(id: $id) { status } }": typeof types.SecurityReviewCaseStatusDocument,
    "query SecurityReviewFollowUpCursor($id: ID!, $after: String) { case(id: $id) { followUps(after: $after) { totalCount } } }": typeof types.SecurityReviewFollowUpCursorDocument,
    "query SecurityReviewDueItemsAsOf($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { cursor } } }": typeof types.SecurityReviewDueItemsAsOfDocument,
    "mutation SecurityReviewAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.SecurityReviewAddFollowUpDocument,
    "query SecurityReviewUpdatedAt($id: ID!) { case(id: $id) { updatedAt } }": typeof types.SecurityReviewUpdatedAtDocument,
    "query SecurityReviewUpdatedSince($since: DateTimeISO) { cases(first: 100, filter: { updatedSince: $since }) { edges { node { id } } } }": typeof types.SecurityReviewUpdatedSinceDocument,
    "query SecurityReviewPlantedCursor($after: String) { cases(after: $after) { totalCount } }": typeof types.SecurityReviewPlantedCursorDocument,
    "query SecurityReviewPlantedAgencies($code: String) { agencies(municipalityCode: $code) { code } }": typeof types.SecurityReviewPlantedAgenciesDocument,
    "query SecurityReviewMe { me { userId } }": typeof types.SecurityReviewMeDocument,
    "mutation StayLimitsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id stayLimitOn } }": typeof types.StayLimitsPlaceDocument,
    "mutation StayLimitsExtend($input: RecordStayLimitExceptionInput!) {\n  recordStayLimitException(input: $input) {\n    id stayLimitOn stayLimitExceptions { decisionRef newLimitOn decidingAgency { code } decidedByUserId recordedAt }\n  }\n}": typeof types.StayLimitsExtendDocument,
    "query StayLimitsDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }": typeof types.StayLimitsDueDocument,
    "mutation TransferCase($input: TransferCaseInput!) {\n  transferCase(input: $input) { id caseId status from { code } to { code } at expiresAt }\n}": typeof types.TransferCaseDocument,
    "mutation TransferAccept($id: ID!, $caseWorker: TransferCaseWorkerInput) {\n  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId role }\n}": typeof types.TransferAcceptDocument,
    "mutation TransferDecline($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { id status declineReason } }": typeof types.TransferDeclineDocument,
    "mutation TransferWithdraw($id: ID!) { withdrawReferral(id: $id) { id status } }": typeof types.TransferWithdrawDocument,
    "query TransferReceived { referrals(direction: RECEIVED) {\n  edges { node { id caseId status role targetGroup municipalityCode reason } } } }": typeof types.TransferReceivedDocument,
    "query TransferCaseView($id: ID!) { case(id: $id) { myRoles responsibleMunicipality { code } caseManager { userId name } client { declaredMunicipalityCode } } }": typeof types.TransferCaseViewDocument,
    "mutation TransferFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.TransferFollowUpDocument,
    "mutation TransitionPlanMove($input: RecordTransitionInput!) {\n  recordTransition(input: $input) { id involvements { role active agency { code } } }\n}": typeof types.TransitionPlanMoveDocument,
    "mutation TransitionPlanSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }": typeof types.TransitionPlanSaveDocument,
    "mutation TransitionPlanStatus($input: TransitionCaseInput!) { transitionCase(input: $input) { status version } }": typeof types.TransitionPlanStatusDocument,
    "query TransitionPlanRead($id: ID!) {\n  case(id: $id) {\n    currentPlan {\n      status tasks { description forTransition responsibleAgency { code } }\n      transitionTeam { agency { code } memberName role }\n      preparationVisits { plannedOn place description }\n    }\n  }\n}": typeof types.TransitionPlanReadDocument,
    "query VisibleChangePage($first: Int!, $after: String, $orderBy: CaseOrder!) {\n  cases(first: $first, after: $after, orderBy: $orderBy) { edges { node { id updatedAt } } pageInfo { endCursor hasNextPage } }\n}": typeof types.VisibleChangePageDocument,
    "mutation VisibleChangeFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.VisibleChangeFollowUpDocument,
    "mutation WebhookAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": typeof types.WebhookAddFollowUpDocument,
    "query WebhookFeed($after: String) {\n  changes(after: $after, first: 100) { edges { node { id caseId entity entityId operation categories } } pageInfo { endCursor hasNextPage } }\n}": typeof types.WebhookFeedDocument,
    "mutation RegisterWebhook($input: RegisterWebhookInput!) {\n  registerWebhook(input: $input) { secretId secret subscription { id url description state secrets { id } } }\n}": typeof types.RegisterWebhookDocument,
    "mutation AddWebhookSecret($id: ID!) { addWebhookSecret(id: $id) { secretId secret subscription { secrets { id } } } }": typeof types.AddWebhookSecretDocument,
    "mutation RetireWebhookSecret($id: ID!, $secretId: ID!) {\n  retireWebhookSecret(id: $id, secretId: $secretId) { secrets { id } }\n}": typeof types.RetireWebhookSecretDocument,
    "mutation PauseWebhook($id: ID!) { pauseWebhook(id: $id) { state } }": typeof types.PauseWebhookDocument,
    "mutation ResumeWebhook($id: ID!) { resumeWebhook(id: $id) { state } }": typeof types.ResumeWebhookDocument,
    "mutation RequeueWebhook($id: ID!) { requeueWebhook(id: $id) { state failures } }": typeof types.RequeueWebhookDocument,
    "query WebhookSubscriptions {\n  webhookSubscriptions { id url state deliveredCount lastDeliveredEventId failures failingSince lastError nextAttemptAt parkedAt secrets { id } }\n}": typeof types.WebhookSubscriptionsDocument,
    "mutation YouthHomePlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id type startsOn } }": typeof types.YouthHomePlaceDocument,
    "mutation YouthHomePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id services { serviceType } } }": typeof types.YouthHomePlanDocument,
    "mutation YouthHomeMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }": typeof types.YouthHomeMoveDocument,
    "mutation SupportRegisterCarer($input: RegisterCarerInput!) {\n  registerCarer(input: $input) { id status version }\n}": typeof types.SupportRegisterCarerDocument,
    "mutation SupportTransitionCarer($input: TransitionCarerInput!) {\n  transitionCarer(input: $input) { id status version allowedNext }\n}": typeof types.SupportTransitionCarerDocument,
    "mutation SupportCarerTraining($input: RecordCarerTrainingInput!) {\n  recordCarerTraining(input: $input) { id initialTrainingHours furtherTrainingHours }\n}": typeof types.SupportCarerTrainingDocument,
    "mutation SupportCarerCompetences($input: AssessCarerCompetencesInput!) {\n  assessCarerCompetences(input: $input) { id }\n}": typeof types.SupportCarerCompetencesDocument,
    "mutation SupportRecognizeForm($input: RecognizeCarerFormInput!) {\n  recognizeCarerForm(input: $input) { id forms { form decisionRef } }\n}": typeof types.SupportRecognizeFormDocument,
    "query FeedLoadChanges($after: String) {\n  changes(after: $after, first: 100) { edges { node { id } } pageInfo { endCursor hasNextPage } }\n}": typeof types.FeedLoadChangesDocument,
    "mutation FeedLoadRegister($input: RegisterWebhookInput!) { registerWebhook(input: $input) { subscription { id } } }": typeof types.FeedLoadRegisterDocument,
    "mutation OpenCase($input: OpenCaseInput!) {\n  openCase(input: $input) { id status targetGroup myRoles client { id personalCode givenName } }\n}": typeof types.OpenCaseDocument,
    "mutation AddInvolvement($input: AddInvolvementInput!) {\n  addInvolvement(input: $input) { id role validUntil active agency { code } }\n}": typeof types.AddInvolvementDocument,
    "mutation FixtureRequestTransfer($input: TransferCaseInput!) {\n  transferCase(input: $input) { id caseId status from { code } to { code } }\n}": typeof types.FixtureRequestTransferDocument,
    "mutation FixtureAcceptTransfer($id: ID!, $caseWorker: TransferCaseWorkerInput) {\n  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId }\n}": typeof types.FixtureAcceptTransferDocument,
};
const documents: Documents = {
    "mutation AgencyClientSetupAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": types.AgencyClientSetupAssessmentDocument,
    "mutation AgencyClientSetupPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": types.AgencyClientSetupPlanDocument,
    "mutation AgencyClientSetupFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.AgencyClientSetupFollowUpDocument,
    "mutation AgencyClientSetupPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.AgencyClientSetupPlacementDocument,
    "mutation AlertJobPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": types.AlertJobPlanDocument,
    "mutation AlertJobPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.AlertJobPlaceDocument,
    "query AlertRulesInbox { inbox(first: 100) { edges { node { id caseId referralId kind subject category dueOn } } } }": types.AlertRulesInboxDocument,
    "mutation AlertRulesMark($ids: [ID!]!) { markAlertsRead(ids: $ids) }": types.AlertRulesMarkDocument,
    "mutation AlertRulesRefer($input: ReferInput!) { refer(input: $input) { id } }": types.AlertRulesReferDocument,
    "mutation AlertRulesTransfer($input: TransferCaseInput!) { transferCase(input: $input) { id } }": types.AlertRulesTransferDocument,
    "mutation AlertRulesAccept($id: ID!) { acceptReferral(id: $id) { id status } }": types.AlertRulesAcceptDocument,
    "mutation AlertRulesClose($input: RequestClosureInput!) { requestClosure(input: $input) { id } }": types.AlertRulesCloseDocument,
    "mutation AlertRulesPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": types.AlertRulesPlanDocument,
    "mutation AlertRulesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.AlertRulesPlaceDocument,
    "query Look($id: ID!) { case(id: $id) { id status client { givenName personalCode } latestAssessment { healthFindings } } }": types.LookDocument,
    "mutation AuditRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.AuditRecordPlacementDocument,
    "query Where($id: ID!) { case(id: $id) { placements { provider { code } } } }": types.WhereDocument,
    "mutation AuditAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.AuditAddFollowUpDocument,
    "query AuthMe { me { userId role agency { code kind municipalityCode } } }": types.AuthMeDocument,
    "query AuthCases { cases(first: 5) { totalCount edges { node { id } } } }": types.AuthCasesDocument,
    "mutation BadInputAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.BadInputAddFollowUpDocument,
    "mutation BadInputUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }": types.BadInputUpdateFollowUpDocument,
    "mutation BirthFamilyPlan($input: PlanBirthFamilyContactInput!) {\n  planBirthFamilyContact(input: $input) { id kind status plannedOn heldOn place participants outcome version organisingAgency { code } }\n}": types.BirthFamilyPlanDocument,
    "mutation BirthFamilyUpdate($id: ID!, $input: UpdateBirthFamilyContactInput!) {\n  updateBirthFamilyContact(id: $id, input: $input) { id status heldOn outcome version }\n}": types.BirthFamilyUpdateDocument,
    "query BirthFamilyRead($id: ID!) {\n  case(id: $id) { id birthFamilyContacts { id status participants organisingAgency { code } } }\n}": types.BirthFamilyReadDocument,
    "mutation BirthFamilyPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.BirthFamilyPlaceDocument,
    "query BypassAliases($id: ID!) { c: case(id: $id) { who: client { code: personalCode name: givenName } } }": types.BypassAliasesDocument,
    "query BypassTwoAliases($id: ID!) { case(id: $id) { client { a: personalCode b: personalCode } } }": types.BypassTwoAliasesDocument,
    "query BypassList { cases(first: 10) { edges { node { client { personalCode } latestAssessment { healthFindings } } } } }": types.BypassListDocument,
    "mutation BypassAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.BypassAddFollowUpDocument,
    "query BypassFollowUpPage($id: ID!) { case(id: $id) { followUps(first: 1) { totalCount edges { node { category } } pageInfo { hasNextPage } } } }": types.BypassFollowUpPageDocument,
    "query CareFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }\n  }\n}": types.CareFiguresDocument,
    "mutation CarePathPlace($input: RecordPlacementInput!) {\n  recordPlacement(input: $input) { id type capacityException }\n}": types.CarePathPlaceDocument,
    "mutation CarePathDecide($input: RecordPermanencyPlanInput!) {\n  recordPermanencyPlan(input: $input) {\n    id version goal targetDate decidedOn decisionRef reviewedWithPlanVersion decidingAgency { code } decidedByUserId\n  }\n}": types.CarePathDecideDocument,
    "query CarePathPermanency($id: ID!) { case(id: $id) { permanencyPlans { version goal targetDate } } }": types.CarePathPermanencyDocument,
    "mutation CarePathExit($input: RecordExitFromCareInput!) {\n  recordExitFromCare(input: $input) { id endsOn exitDestination }\n}": types.CarePathExitDocument,
    "query CarePathDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }": types.CarePathDueDocument,
    "mutation CarePathApply($input: ApplyForLongTermCareInput!) {\n  applyForLongTermCare(input: $input) { id status version service appliedOn }\n}": types.CarePathApplyDocument,
    "mutation CarePathOffer($input: OfferPlaceInput!) {\n  offerPlace(input: $input) { id status version offeredOn offeredProvider { code } }\n}": types.CarePathOfferDocument,
    "mutation CarePathAdmit($input: AdmitFromWaitingListInput!) {\n  admitFromWaitingList(input: $input) { id status version admittedOn assessmentId servicesTried whyNotEnough }\n}": types.CarePathAdmitDocument,
    "mutation CarePathRemove($input: RemoveFromWaitingListInput!) {\n  removeFromWaitingList(input: $input) { id status version removedOn removalReason }\n}": types.CarePathRemoveDocument,
    "query CarePathApplications($id: ID!) { case(id: $id) { careApplications { id status version } } }": types.CarePathApplicationsDocument,
    "mutation CarePathAssess($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": types.CarePathAssessDocument,
    "query CarerFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }\n  }\n}": types.CarerFiguresDocument,
    "mutation CarerPlacementsPlace($input: RecordPlacementInput!) {\n  recordPlacement(input: $input) { id carerId fosterForm endsOn capacityException }\n}": types.CarerPlacementsPlaceDocument,
    "mutation CarerSupportPlanSave($input: SaveCarerSupportPlanInput!) {\n  saveCarerSupportPlan(input: $input) { id supportPlans { version needs support validFrom reviewDueOn } }\n}": types.CarerSupportPlanSaveDocument,
    "query CarerSupportPlanRead($id: ID!) { carer(id: $id) { id supportPlans { version support } } }": types.CarerSupportPlanReadDocument,
    "mutation CarerSupportPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.CarerSupportPlanPlaceDocument,
    "query CarersOne($id: ID!) {\n  carer(id: $id) { id myRelations name phone status initialTrainingHours\n    history { from to reason exitInterview agency { code } } forms { form decisionRef decidingAgency { code } } }\n}": types.CarersOneDocument,
    "mutation CarersContact($input: UpdateCarerContactInput!) { updateCarerContact(input: $input) { id phone version } }": types.CarersContactDocument,
    "mutation CarersPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id carerId } }": types.CarersPlaceDocument,
    "query CaseCountPage($filter: CaseFilter, $after: String) {\n  cases(filter: $filter, first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }\n}": types.CaseCountPageDocument,
    "mutation CaseRecordRecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) { id type assessedOn needsSummary healthFindings authorAgency { code } }\n}": types.CaseRecordRecordAssessmentDocument,
    "mutation CaseRecordSaveSupportPlan($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id version status reviewDueOn goals { position description }\n    tasks { position goalPosition description deadline responsibleAgency { code } status }\n    services { serviceType volume unit period provider { code } } }\n}": types.CaseRecordSaveSupportPlanDocument,
    "mutation CaseRecordAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind category version authorAgency { code } } }": types.CaseRecordAddFollowUpDocument,
    "query CaseRecordFullCase($id: ID!) {\n  case(id: $id) {\n    id status\n    client { id givenName personalCode }\n    latestAssessment { type needsSummary healthFindings safetyFindings childOpinion }\n    currentPlan { version status goals { description } }\n    planHistory { version status }\n    followUps(first: 10) { totalCount edges { node { kind summary category } } pageInfo { hasNextPage endCursor } }\n  }\n}": types.CaseRecordFullCaseDocument,
    "mutation CaseRecordTwoPlans($input: SaveSupportPlanInput!) {\n      a: saveSupportPlan(input: $input) { version } b: saveSupportPlan(input: $input) { version } }": types.CaseRecordTwoPlansDocument,
    "query CaseRecordFollowUpsFirstPage($id: ID!) { case(id: $id) { followUps(first: 2) { edges { node { summary } } pageInfo { hasNextPage endCursor } } } }": types.CaseRecordFollowUpsFirstPageDocument,
    "query CaseRecordFollowUpsNextPage($id: ID!, $after: String) { case(id: $id) { followUps(first: 2, after: $after) { edges { node { summary } } pageInfo { hasNextPage } } } }": types.CaseRecordFollowUpsNextPageDocument,
    "query CaseRecordUpdatedSince($since: DateTimeISO) { cases(filter: { updatedSince: $since }) { totalCount } }": types.CaseRecordUpdatedSinceDocument,
    "mutation CaseWorkersAssign($input: AssignCaseWorkerInput!, $key: String) {\n  assignCaseWorker(input: $input, idempotencyKey: $key) { id version caseManager { userId name agency { code } } } }": types.CaseWorkersAssignDocument,
    "query CaseWorkersHistory($id: ID!) {\n  case(id: $id) { caseManager { userId name } caseWorkerAssignments { userId name assignedByUserId assignedAt agency { code } } } }": types.CaseWorkersHistoryDocument,
    "mutation CentreRecordActivity($input: RecordCentreActivityInput!) {\n  recordCentreActivity(input: $input) { id serviceCode occurredOn hours participants { kind count } caseIds note }\n}": types.CentreRecordActivityDocument,
    "query CentreActivities($from: LocalDate!, $to: LocalDate!, $serviceCode: String, $first: Int, $after: String) {\n  centreActivities(from: $from, to: $to, serviceCode: $serviceCode, first: $first, after: $after) {\n    totalCount edges { node { id serviceCode occurredOn } } pageInfo { hasNextPage endCursor }\n  }\n}": types.CentreActivitiesDocument,
    "query CentreActivityCounts($from: LocalDate!, $to: LocalDate!) {\n  centreActivityCounts(from: $from, to: $to) { month serviceCode activities hours participants }\n}": types.CentreActivityCountsDocument,
    "mutation CentreOpenSurvey($input: OpenPartnerSurveyInput!) {\n  openPartnerSurvey(input: $input) { id year partnerKind tokensIssued responses closedAt questions { code scale } }\n}": types.CentreOpenSurveyDocument,
    "mutation CentreIssueTokens($surveyId: ID!, $count: Int!) {\n  issueSurveyTokens(surveyId: $surveyId, count: $count) { tokens survey { id tokensIssued responses } }\n}": types.CentreIssueTokensDocument,
    "mutation CentreIssueTokensKeyed($surveyId: ID!, $count: Int!, $key: String) {\n  issueSurveyTokens(surveyId: $surveyId, count: $count, idempotencyKey: $key) { tokens survey { tokensIssued } }\n}": types.CentreIssueTokensKeyedDocument,
    "mutation CentreCloseSurvey($id: ID!) { closePartnerSurvey(id: $id) { id closedAt responses } }": types.CentreCloseSurveyDocument,
    "query CentreSurveys($year: Int) { partnerSurveys(year: $year) { id partnerKind tokensIssued responses closedAt } }": types.CentreSurveysDocument,
    "query CentreEvaluation($centreCode: String!, $year: Int!) {\n  centreEvaluation(centreCode: $centreCode, year: $year) {\n    year suppressionThreshold centre { code }\n    indicators { service { code } activities hours participants participantsByKind { kind count } activeMonths }\n    surveys { partnerKind responses { value suppressed } questions { question { code } scores { value suppressed } meanScore } }\n  }\n}": types.CentreEvaluationDocument,
    "mutation ChangeFeedAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }": types.ChangeFeedAddDocument,
    "mutation ChangeFeedUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }": types.ChangeFeedUpdateDocument,
    "query ChangeFeed($after: String, $first: Int) {\n  changes(after: $after, first: $first) {\n    edges { cursor node { id caseId entity entityId operation at categories oldVersion newVersion } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.ChangeFeedDocument,
    "mutation ClosureTransition($input: TransitionCaseInput!) { transitionCase(input: $input) { id status closedOn version } }": types.ClosureTransitionDocument,
    "mutation ClosureRequest($input: RequestClosureInput!) {\n  requestClosure(input: $input) { id to reason status requestedByUserId decidedByUserId returnReason }\n}": types.ClosureRequestDocument,
    "mutation ClosureApprove($input: DecideClosureInput!) { approveClosure(input: $input) { id status decidedByUserId } }": types.ClosureApproveDocument,
    "mutation ClosureReturn($input: ReturnClosureInput!) { returnClosure(input: $input) { id status returnReason } }": types.ClosureReturnDocument,
    "query ClosureCase($id: ID!) { case(id: $id) { status closedOn version closureRequests { id status to reason returnReason } } }": types.ClosureCaseDocument,
    "query ClosureSetting { municipalities { code closureNeedsApproval } }": types.ClosureSettingDocument,
    "query ClosureInbox { inbox(first: 50) { edges { node { id caseId kind subject category } } } }": types.ClosureInboxDocument,
    "query ContractCaseAccess($id: ID!) {\n  case(id: $id) { myRoles access { roles readableCategories writableCategories readableFields } }\n}": types.ContractCaseAccessDocument,
    "query ContractCaseView($id: ID!) {\n  case(id: $id) {\n    id status targetGroup client { id givenName personalCode }\n    involvements { id role }\n    assessments { id type healthFindings }\n    planHistory { id version status }\n    followUps(first: 20) { edges { node { id category summary } } }\n    placements { id type carerName }\n  }\n}": types.ContractCaseViewDocument,
    "query ContractNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Case { status targetGroup client { id givenName personalCode } }\n    ... on Involvement { role }\n    ... on Assessment { type healthFindings }\n    ... on SupportPlan { version planStatus: status }\n    ... on FollowUp { category summary }\n    ... on Placement { placementType: type carerName }\n  }\n}": types.ContractNodeDocument,
    "query ContractPages($after: String) {\n  cases(first: 1, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n}": types.ContractPagesDocument,
    "mutation ContractRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": types.ContractRecordAssessmentDocument,
    "mutation ContractSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": types.ContractSavePlanDocument,
    "mutation ContractAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.ContractAddFollowUpDocument,
    "mutation ContractRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.ContractRecordPlacementDocument,
    "query ContractCaseLikeNode($id: ID!) {\n        case(id: $id) { id status targetGroup client { id givenName personalCode } }\n      }": types.ContractCaseLikeNodeDocument,
    "query DataQualityReport($groupBy: QualityGroupBy, $region: String) {\n  dataQuality(groupBy: $groupBy, region: $region) {\n    scopeLevel scopeCode groupBy asOf suppressionThreshold\n    checks { id kind weight category keeper aggregateOnly }\n    rows { areaCode areaName cases { value suppressed unknown } score { value suppressed unknown }\n      completeness { value suppressed unknown } timeliness { value suppressed unknown } consistency { value suppressed unknown } }\n  }\n}": types.DataQualityReportDocument,
    "query MyCaseQuality($first: Int, $after: String, $assignedToMe: Boolean) {\n  myCaseQuality(first: $first, after: $after, assignedToMe: $assignedToMe) {\n    edges { cursor node { caseId score completeness timeliness consistency missing { check kind category description } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.MyCaseQualityDocument,
    "query DemoRulesMentors { socialMentors { id clients } }": types.DemoRulesMentorsDocument,
    "query DemoRulesCentreEvaluation($centreCode: String!, $year: Int!) {\n  centreEvaluation(centreCode: $centreCode, year: $year) { surveys { partnerKind responses { value suppressed } } }\n}": types.DemoRulesCentreEvaluationDocument,
    "query DiscoveryCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }": types.DiscoveryCaseExistsDocument,
    "query DiscoveryAccessLog($id: ID!) { caseAccessLog(caseId: $id, first: 50) { totalCount edges { node { kind userId userRole agency { code } caseRoles operation categories fields } } } }": types.DiscoveryAccessLogDocument,
    "query Peek($id: ID!) { case(id: $id) { status client { givenName } } }": types.PeekDocument,
    "mutation DiscoveryAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": types.DiscoveryAddInvolvementDocument,
    "query DueDatesPage($filter: DueItemFilter, $after: String) {\n  dueItems(filter: $filter, first: 40, after: $after) {\n    edges { node { id kind caseId dueOn daysOverdue responsibleAgency { code } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}": types.DueDatesPageDocument,
    "query DueDatesOfCases($asOf: LocalDate) {\n  cases(first: 30) { edges { node { id dueItems(asOf: $asOf) { id kind dueOn daysOverdue } } } }\n}": types.DueDatesOfCasesDocument,
    "mutation DueDatesSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": types.DueDatesSavePlanDocument,
    "mutation DueDatesFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.DueDatesFollowUpDocument,
    "mutation DueDatesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.DueDatesPlaceDocument,
    "mutation DueDatesTransition($input: TransitionCaseInput!) { transitionCase(input: $input) { version } }": types.DueDatesTransitionDocument,
    "query FieldPermissionsFullCase($id: ID!) {\n  case(id: $id) {\n    id status targetGroup openedOn\n    caseManager { name }\n    involvements { role agency { code } }\n    client { givenName birthDate personalCode address }\n    latestAssessment { type needsSummary healthFindings safetyFindings familyNotes childOpinion }\n    currentPlan { version goals { description } }\n    followUps(first: 10) { totalCount edges { node { category summary } } }\n    placements { type carerName courtDecisionRef }\n    permanencyPlans { goal targetDate }\n    careApplications { service whyNotEnough }\n  }\n}": types.FieldPermissionsFullCaseDocument,
    "mutation FieldPermissionsRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }": types.FieldPermissionsRecordAssessmentDocument,
    "mutation FieldPermissionsSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": types.FieldPermissionsSaveSupportPlanDocument,
    "mutation FieldPermissionsAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.FieldPermissionsAddFollowUpDocument,
    "mutation FieldPermissionsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.FieldPermissionsRecordPlacementDocument,
    "mutation FieldPermissionsDecidePermanency($input: RecordPermanencyPlanInput!) {\n      recordPermanencyPlan(input: $input) { id } }": types.FieldPermissionsDecidePermanencyDocument,
    "mutation FieldPermissionsApply($input: ApplyForLongTermCareInput!) {\n      applyForLongTermCare(input: $input) { id } }": types.FieldPermissionsApplyDocument,
    "mutation RevisionsAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }": types.RevisionsAddDocument,
    "mutation RevisionsUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }": types.RevisionsUpdateDocument,
    "query RevisionsHistory($id: ID!) {\n  case(id: $id) { followUps(first: 50) { edges { node { id category summary version\n    revisions { version kind occurredOn summary recommendations category replacedByUserId replacedAt } } } } }\n}": types.RevisionsHistoryDocument,
    "mutation FollowUpWritesAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }": types.FollowUpWritesAddDocument,
    "mutation FollowUpWritesUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version summary category } }": types.FollowUpWritesUpdateDocument,
    "mutation HelpfulErrorsTransfer($input: TransferCaseInput!) { transferCase(input: $input) { caseId } }": types.HelpfulErrorsTransferDocument,
    "mutation HelpfulErrorsMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }": types.HelpfulErrorsMoveDocument,
    "mutation HelpfulErrorsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.HelpfulErrorsPlaceDocument,
    "mutation HelpfulErrorsPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": types.HelpfulErrorsPlanDocument,
    "query HelpfulErrorsCases($codes: [String!]) { cases(filter: { municipalityCode: $codes }) { totalCount } }": types.HelpfulErrorsCasesDocument,
    "query HelpfulErrorsAgencies($code: String) { agencies(municipalityCode: $code) { code } }": types.HelpfulErrorsAgenciesDocument,
    "query HelpfulErrorsMunicipalities($code: String) { municipalities(regionCode: $code) { code } }": types.HelpfulErrorsMunicipalitiesDocument,
    "query HelpfulErrorsSummary($region: String) {\n  regionalSummary(period: { from: \"2026-01-01\", to: \"2026-06-30\" }, region: $region, metrics: [OPEN_CASES]) { scopeLevel } }": types.HelpfulErrorsSummaryDocument,
    "query HelpfulErrorsTrend($region: String) { trend(metric: OPEN_CASES, months: 2, region: $region) { month } }": types.HelpfulErrorsTrendDocument,
    "mutation HelpfulErrorsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind } }": types.HelpfulErrorsFollowUpDocument,
    "mutation HelpfulErrorsInvolve($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": types.HelpfulErrorsInvolveDocument,
    "mutation HelpfulErrorsInvolveAsAnalyst($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": types.HelpfulErrorsInvolveAsAnalystDocument,
    "mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) { addFollowUp(input: $input, idempotencyKey: $key) { id version summary } }": types.IdempotencyAddFollowUpDocument,
    "mutation IdempotencyOpenCase($input: OpenCaseInput!) {\n  openCase(input: $input, idempotencyKey: \"intake-77\") { id status targetGroup myRoles client { id personalCode givenName } }\n}": types.IdempotencyOpenCaseDocument,
    "mutation LifecycleMove($input: TransitionCaseInput!) { transitionCase(input: $input) { status closedOn version } }": types.LifecycleMoveDocument,
    "query LifecycleHistory($id: ID!) { case(id: $id) { status transitions { from to reason userId } } }": types.LifecycleHistoryDocument,
    "query MatchingCandidates($caseId: ID!, $siblingCaseIds: [ID!], $first: Int) {\n  matchCandidates(caseId: $caseId, siblingCaseIds: $siblingCaseIds, first: $first) {\n    carerId form rank score fits children limit freePlaces siblingsHere distanceKm municipalityCode reasons\n  }\n}": types.MatchingCandidatesDocument,
    "mutation MatchingLinkSiblings($input: LinkSiblingCasesInput!) { linkSiblingCases(input: $input) { id } }": types.MatchingLinkSiblingsDocument,
    "mutation MatchingPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.MatchingPlaceDocument,
    "query MentorMigrationRegistered { socialMentors { id name clients } }": types.MentorMigrationRegisteredDocument,
    "mutation MentorMigrationAssign($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }": types.MentorMigrationAssignDocument,
    "mutation MentorsRegister($input: RegisterMentorInput!) { registerMentor(input: $input) { id name active clients } }": types.MentorsRegisterDocument,
    "mutation MentorsRetire($id: ID!) { retireMentor(id: $id) { id active clients } }": types.MentorsRetireDocument,
    "query MentorsRegistered($includeRetired: Boolean) {\n  socialMentors(includeRetired: $includeRetired) { id name active clients }\n}": types.MentorsRegisteredDocument,
    "mutation MentorsAssign($input: AssignMentorInput!) {\n  assignMentor(input: $input) { id mentorId mentorName startsOn endsOn provider { code } }\n}": types.MentorsAssignDocument,
    "mutation MentorsEnd($id: ID!, $endsOn: LocalDate!) { endMentorAssignment(id: $id, endsOn: $endsOn) { id endsOn } }": types.MentorsEndDocument,
    "query MentorsOfCase($id: ID!) { case(id: $id) { mentors { id mentorId mentorName endsOn provider { code } } } }": types.MentorsOfCaseDocument,
    "query MonitoringDueItems($filter: DueItemFilter) { dueItems(filter: $filter, first: 100) { edges { node { kind caseId dueOn daysOverdue responsibleAgency { code } } } } }": types.MonitoringDueItemsDocument,
    "mutation MonitoringSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": types.MonitoringSaveSupportPlanDocument,
    "mutation MonitoringRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.MonitoringRecordPlacementDocument,
    "mutation MonitoringAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.MonitoringAddFollowUpDocument,
    "mutation MonitoringTransitionCase($input: TransitionCaseInput!) { transitionCase(input: $input) { version } }": types.MonitoringTransitionCaseDocument,
    "query MonitoringCaseDueItemsFixedDate($id: ID!) { case(id: $id) { dueItems(asOf: \"2026-11-15\") { kind } } }": types.MonitoringCaseDueItemsFixedDateDocument,
    "query MonitoringCaseDueItems($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind } } }": types.MonitoringCaseDueItemsDocument,
    "mutation NoNPlusOneSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id goals { position } } }": types.NoNPlusOneSavePlanDocument,
    "mutation NoNPlusOneEvaluatePlan($id: ID!, $input: EvaluatePlanInput!) { evaluatePlan(id: $id, input: $input) { id } }": types.NoNPlusOneEvaluatePlanDocument,
    "mutation NoNPlusOneLinkSiblings($input: LinkSiblingCasesInput!) { linkSiblingCases(input: $input) { id } }": types.NoNPlusOneLinkSiblingsDocument,
    "query OpenCaseManager($id: ID!) { case(id: $id) { caseManager { userId name agency { code } } responsibleMunicipality { code } } }": types.OpenCaseManagerDocument,
    "mutation PlacedChildPlanSave($input: SavePlacedChildPlanInput!) {\n  savePlacedChildPlan(input: $input) { id version goals support validFrom reviewDueOn agency { code } }\n}": types.PlacedChildPlanSaveDocument,
    "query PlacedChildPlanRead($id: ID!) { case(id: $id) { id placedChildPlans { version goals } } }": types.PlacedChildPlanReadDocument,
    "mutation PlacedChildPlanCaseDraft($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }": types.PlacedChildPlanCaseDraftDocument,
    "mutation PlacedChildPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.PlacedChildPlanPlaceDocument,
    "mutation PlacementLimitsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id siblingGroup capacityException } }": types.PlacementLimitsRecordPlacementDocument,
    "mutation PlacementLimitsAssignMentor($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }": types.PlacementLimitsAssignMentorDocument,
    "mutation PlacementLimitsRegisterMentor($input: RegisterMentorInput!) { registerMentor(input: $input) { id } }": types.PlacementLimitsRegisterMentorDocument,
    "mutation PlacementLimitsRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) {\n  involvements { role active agency { code } validUntil } placements { type endsOn startsOn carerRef } } }": types.PlacementLimitsRecordTransitionDocument,
    "query PlacementLimitsPlacements($id: ID!) { case(id: $id) { placements { type endsOn courtDecisionRef decidingAgency { code } } } }": types.PlacementLimitsPlacementsDocument,
    "query PlacementLimitsDueItems($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { node { kind caseId } } } }": types.PlacementLimitsDueItemsDocument,
    "mutation PlanApprovalSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }": types.PlanApprovalSaveDocument,
    "mutation PlanApprovalApprove($id: ID!, $key: String) {\n  approvePlan(id: $id, idempotencyKey: $key) { id version status activatedAt returnedAt } }": types.PlanApprovalApproveDocument,
    "mutation PlanApprovalReturn($id: ID!, $reason: String!) {\n  returnPlan(id: $id, reason: $reason) { id version status returnedAt returnedByUserId returnReason } }": types.PlanApprovalReturnDocument,
    "mutation PlanApprovalSections($id: ID!, $input: PlanSectionsInput!) { recordPlanSections(id: $id, input: $input) { id } }": types.PlanApprovalSectionsDocument,
    "query PlanApprovalPlans($id: ID!) {\n  case(id: $id) { currentPlan { version status } planHistory { version status returnReason returnedByUserId authorAgency { code } } } }": types.PlanApprovalPlansDocument,
    "mutation PlanSectionsSave($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id version status missingSections agreement { status on by refusalReason }\n    goals { position description outcome carriedForward } } }": types.PlanSectionsSaveDocument,
    "mutation PlanSectionsRecord($id: ID!, $input: PlanSectionsInput!) {\n  recordPlanSections(id: $id, input: $input) { id missingSections agreement { status } } }": types.PlanSectionsRecordDocument,
    "mutation PlanSectionsApprove($id: ID!) { approvePlan(id: $id) { id status } }": types.PlanSectionsApproveDocument,
    "mutation PlanSectionsEvaluate($id: ID!, $input: EvaluatePlanInput!) {\n  evaluatePlan(id: $id, input: $input) { id evaluation { evaluatedOn clientCooperation note } goals { position outcome evaluatedOn evaluationNote } } }": types.PlanSectionsEvaluateDocument,
    "query PlanSectionsRead($id: ID!) {\n  case(id: $id) { currentPlan { id status\n    health { disabilityGroup disabilityValidUntil medications { name dose } treatmentAndRehabilitation }\n    family { people { name relation role } contactArrangements }\n    childVoice { opinionOnFamily }\n    placementConditions\n    education { stage school }\n    wishesAndInterests\n    cooperationPartners { organisation kind role workContact }\n    plannedContacts { kind plannedOn agency { code } }\n    agreement { status on by }\n  } } }": types.PlanSectionsReadDocument,
    "mutation PlanSectionsLinkSiblings($input: LinkSiblingCasesInput!) {\n  linkSiblingCases(input: $input) { id siblingCaseId recordedByAgency { code } } }": types.PlanSectionsLinkSiblingsDocument,
    "query PlanSectionsFeed($after: String) {\n  changes(first: 100, after: $after) { edges { node { entity caseId } } pageInfo { endCursor hasNextPage } } }": types.PlanSectionsFeedDocument,
    "query PlanSectionsSiblings($id: ID!) { case(id: $id) { id siblingLinks { siblingCaseId } } }": types.PlanSectionsSiblingsDocument,
    "query PlanSectionsDue($id: ID!) { case(id: $id) { dueItems { kind dueOn responsibleAgency { code } } } }": types.PlanSectionsDueDocument,
    "mutation PlanSectionsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.PlanSectionsFollowUpDocument,
    "query PlanSectionsFigures($period: PeriodInput!, $metrics: [Metric!]) {\n  regionalSummary(period: $period, metrics: $metrics) {\n    figures { metric columns total { value suppressed } rows { areaCode cells { value suppressed } total { value suppressed } } } } }": types.PlanSectionsFiguresDocument,
    "query ReachCountPage($after: String) {\n  cases(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }\n}": types.ReachCountPageDocument,
    "query ReferenceSyncMunicipalities($region: String) { municipalities(regionCode: $region) { code name regionCode } }": types.ReferenceSyncMunicipalitiesDocument,
    "query ReferenceSyncAgencies($municipality: String) { agencies(municipalityCode: $municipality) { code name municipalityCode regionCode contactPhone } }": types.ReferenceSyncAgenciesDocument,
    "query ReferenceSyncClosureSettings { municipalities { code closureNeedsApproval } }": types.ReferenceSyncClosureSettingsDocument,
    "mutation ReferenceSyncSavePlan($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id status missingSections } }": types.ReferenceSyncSavePlanDocument,
    "mutation ReferenceSyncRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.ReferenceSyncRecordPlacementDocument,
    "query RegionalSummaryFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    scopeLevel scopeCode suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode cells { value suppressed } total { value suppressed } } }\n  }\n}": types.RegionalSummaryFiguresDocument,
    "query RegionalSummaryTrend { trend(metric: OPEN_CASES, groupBy: REGION, months: 3) { month from to figure { total { value suppressed } } } }": types.RegionalSummaryTrendDocument,
    "query MoneyFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed unknown } } }\n  }\n}": types.MoneyFiguresDocument,
    "query SnapshotSummary($period: PeriodInput!, $groupBy: GroupBy, $targetGroup: TargetGroup) {\n  regionalSummary(period: $period, groupBy: $groupBy, targetGroup: $targetGroup) {\n    scopeLevel from to suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }\n  }\n}": types.SnapshotSummaryDocument,
    "query SnapshotTrend($metric: Metric!, $groupBy: GroupBy, $months: Int) {\n  trend(metric: $metric, groupBy: $groupBy, months: $months) {\n    month from to figure { metric columns total { value suppressed } rows { areaCode cells { value suppressed } } }\n  }\n}": types.SnapshotTrendDocument,
    "mutation SnapshotRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.SnapshotRecordPlacementDocument,
    "query RetentionSummary($period: PeriodInput!, $groupBy: GroupBy) {\n  regionalSummary(period: $period, groupBy: $groupBy) {\n    scopeLevel from to suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }\n  }\n}": types.RetentionSummaryDocument,
    "query RetentionCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode } } }": types.RetentionCaseExistsDocument,
    "query RetainedCase($id: ID!) {\n  case(id: $id) {\n    status version reportedBy closedOn targetGroup\n    client { id personalCode givenName familyName address phone birthDate gender declaredMunicipalityCode pseudonymisedAt }\n    followUps(first: 10) { totalCount edges { node { kind category summary recommendations } } }\n    transitions { from to reason }\n    placements { type carerName carerRef courtDecisionRef capacityException }\n    mentors { mentorRef mentorName }\n    latestAssessment { type needsSummary healthFindings childOpinion recommendedServices }\n    currentPlan { problem goals { description } tasks { description expectedResult status } }\n  }\n}": types.RetainedCaseDocument,
    "mutation RetentionReopen($input: TransitionCaseInput!) { transitionCase(input: $input) { id status } }": types.RetentionReopenDocument,
    "mutation RetentionFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.RetentionFollowUpDocument,
    "query ScopingCase($id: ID!) { case(id: $id) { id status myRoles } }": types.ScopingCaseDocument,
    "query ScopingCases { cases(first: 50) { totalCount edges { node { id } } } }": types.ScopingCasesDocument,
    "mutation ScopingAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": types.ScopingAddInvolvementDocument,
    "mutation ScopingEndInvolvement($id: ID!) { endInvolvement(id: $id, reason: \"court proceedings closed\") { id active endedAt } }": types.ScopingEndInvolvementDocument,
    "mutation ScopingAddPreviousProvider($input: AddInvolvementInput!) { addInvolvement(input: $input) { validUntil active } }": types.ScopingAddPreviousProviderDocument,
    "mutation SecurityReviewCloseCase($input: TransitionCaseInput!) { transitionCase(input: $input) { status } }": types.SecurityReviewCloseCaseDocument,
    "query SecurityReviewCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }": types.SecurityReviewCaseExistsDocument,
    "mutation SecurityReviewAddHealthFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.SecurityReviewAddHealthFollowUpDocument,
    "mutation SecurityReviewUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }": types.SecurityReviewUpdateFollowUpDocument,
    "mutation SecurityReviewAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }": types.SecurityReviewAddInvolvementDocument,
    "mutation SecurityReviewEndInvolvement($id: ID!) { endInvolvement(id: $id) { active } }": types.SecurityReviewEndInvolvementDocument,
    "mutation SecurityReviewRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }": types.SecurityReviewRecordTransitionDocument,
    "mutation SecurityReviewRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }": types.SecurityReviewRecordPlacementDocument,
    "query SecurityReviewClientCode($id: ID!) { case(id: $id) { client { personalCode } } }": types.SecurityReviewClientCodeDocument,
    "query SecurityReviewCaseManager($id: ID!) { case(id: $id) { caseManager { name agency { code } } } }": types.SecurityReviewCaseManagerDocument,
    "query SecurityReviewCaseStatus($id: ID!) { case(id: $id) { status } }": types.SecurityReviewCaseStatusDocument,
    "query SecurityReviewFollowUpCursor($id: ID!, $after: String) { case(id: $id) { followUps(after: $after) { totalCount } } }": types.SecurityReviewFollowUpCursorDocument,
    "query SecurityReviewDueItemsAsOf($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { cursor } } }": types.SecurityReviewDueItemsAsOfDocument,
    "mutation SecurityReviewAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.SecurityReviewAddFollowUpDocument,
    "query SecurityReviewUpdatedAt($id: ID!) { case(id: $id) { updatedAt } }": types.SecurityReviewUpdatedAtDocument,
    "query SecurityReviewUpdatedSince($since: DateTimeISO) { cases(first: 100, filter: { updatedSince: $since }) { edges { node { id } } } }": types.SecurityReviewUpdatedSinceDocument,
    "query SecurityReviewPlantedCursor($after: String) { cases(after: $after) { totalCount } }": types.SecurityReviewPlantedCursorDocument,
    "query SecurityReviewPlantedAgencies($code: String) { agencies(municipalityCode: $code) { code } }": types.SecurityReviewPlantedAgenciesDocument,
    "query SecurityReviewMe { me { userId } }": types.SecurityReviewMeDocument,
    "mutation StayLimitsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id stayLimitOn } }": types.StayLimitsPlaceDocument,
    "mutation StayLimitsExtend($input: RecordStayLimitExceptionInput!) {\n  recordStayLimitException(input: $input) {\n    id stayLimitOn stayLimitExceptions { decisionRef newLimitOn decidingAgency { code } decidedByUserId recordedAt }\n  }\n}": types.StayLimitsExtendDocument,
    "query StayLimitsDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }": types.StayLimitsDueDocument,
    "mutation TransferCase($input: TransferCaseInput!) {\n  transferCase(input: $input) { id caseId status from { code } to { code } at expiresAt }\n}": types.TransferCaseDocument,
    "mutation TransferAccept($id: ID!, $caseWorker: TransferCaseWorkerInput) {\n  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId role }\n}": types.TransferAcceptDocument,
    "mutation TransferDecline($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { id status declineReason } }": types.TransferDeclineDocument,
    "mutation TransferWithdraw($id: ID!) { withdrawReferral(id: $id) { id status } }": types.TransferWithdrawDocument,
    "query TransferReceived { referrals(direction: RECEIVED) {\n  edges { node { id caseId status role targetGroup municipalityCode reason } } } }": types.TransferReceivedDocument,
    "query TransferCaseView($id: ID!) { case(id: $id) { myRoles responsibleMunicipality { code } caseManager { userId name } client { declaredMunicipalityCode } } }": types.TransferCaseViewDocument,
    "mutation TransferFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.TransferFollowUpDocument,
    "mutation TransitionPlanMove($input: RecordTransitionInput!) {\n  recordTransition(input: $input) { id involvements { role active agency { code } } }\n}": types.TransitionPlanMoveDocument,
    "mutation TransitionPlanSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }": types.TransitionPlanSaveDocument,
    "mutation TransitionPlanStatus($input: TransitionCaseInput!) { transitionCase(input: $input) { status version } }": types.TransitionPlanStatusDocument,
    "query TransitionPlanRead($id: ID!) {\n  case(id: $id) {\n    currentPlan {\n      status tasks { description forTransition responsibleAgency { code } }\n      transitionTeam { agency { code } memberName role }\n      preparationVisits { plannedOn place description }\n    }\n  }\n}": types.TransitionPlanReadDocument,
    "query VisibleChangePage($first: Int!, $after: String, $orderBy: CaseOrder!) {\n  cases(first: $first, after: $after, orderBy: $orderBy) { edges { node { id updatedAt } } pageInfo { endCursor hasNextPage } }\n}": types.VisibleChangePageDocument,
    "mutation VisibleChangeFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.VisibleChangeFollowUpDocument,
    "mutation WebhookAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }": types.WebhookAddFollowUpDocument,
    "query WebhookFeed($after: String) {\n  changes(after: $after, first: 100) { edges { node { id caseId entity entityId operation categories } } pageInfo { endCursor hasNextPage } }\n}": types.WebhookFeedDocument,
    "mutation RegisterWebhook($input: RegisterWebhookInput!) {\n  registerWebhook(input: $input) { secretId secret subscription { id url description state secrets { id } } }\n}": types.RegisterWebhookDocument,
    "mutation AddWebhookSecret($id: ID!) { addWebhookSecret(id: $id) { secretId secret subscription { secrets { id } } } }": types.AddWebhookSecretDocument,
    "mutation RetireWebhookSecret($id: ID!, $secretId: ID!) {\n  retireWebhookSecret(id: $id, secretId: $secretId) { secrets { id } }\n}": types.RetireWebhookSecretDocument,
    "mutation PauseWebhook($id: ID!) { pauseWebhook(id: $id) { state } }": types.PauseWebhookDocument,
    "mutation ResumeWebhook($id: ID!) { resumeWebhook(id: $id) { state } }": types.ResumeWebhookDocument,
    "mutation RequeueWebhook($id: ID!) { requeueWebhook(id: $id) { state failures } }": types.RequeueWebhookDocument,
    "query WebhookSubscriptions {\n  webhookSubscriptions { id url state deliveredCount lastDeliveredEventId failures failingSince lastError nextAttemptAt parkedAt secrets { id } }\n}": types.WebhookSubscriptionsDocument,
    "mutation YouthHomePlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id type startsOn } }": types.YouthHomePlaceDocument,
    "mutation YouthHomePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id services { serviceType } } }": types.YouthHomePlanDocument,
    "mutation YouthHomeMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }": types.YouthHomeMoveDocument,
    "mutation SupportRegisterCarer($input: RegisterCarerInput!) {\n  registerCarer(input: $input) { id status version }\n}": types.SupportRegisterCarerDocument,
    "mutation SupportTransitionCarer($input: TransitionCarerInput!) {\n  transitionCarer(input: $input) { id status version allowedNext }\n}": types.SupportTransitionCarerDocument,
    "mutation SupportCarerTraining($input: RecordCarerTrainingInput!) {\n  recordCarerTraining(input: $input) { id initialTrainingHours furtherTrainingHours }\n}": types.SupportCarerTrainingDocument,
    "mutation SupportCarerCompetences($input: AssessCarerCompetencesInput!) {\n  assessCarerCompetences(input: $input) { id }\n}": types.SupportCarerCompetencesDocument,
    "mutation SupportRecognizeForm($input: RecognizeCarerFormInput!) {\n  recognizeCarerForm(input: $input) { id forms { form decisionRef } }\n}": types.SupportRecognizeFormDocument,
    "query FeedLoadChanges($after: String) {\n  changes(after: $after, first: 100) { edges { node { id } } pageInfo { endCursor hasNextPage } }\n}": types.FeedLoadChangesDocument,
    "mutation FeedLoadRegister($input: RegisterWebhookInput!) { registerWebhook(input: $input) { subscription { id } } }": types.FeedLoadRegisterDocument,
    "mutation OpenCase($input: OpenCaseInput!) {\n  openCase(input: $input) { id status targetGroup myRoles client { id personalCode givenName } }\n}": types.OpenCaseDocument,
    "mutation AddInvolvement($input: AddInvolvementInput!) {\n  addInvolvement(input: $input) { id role validUntil active agency { code } }\n}": types.AddInvolvementDocument,
    "mutation FixtureRequestTransfer($input: TransferCaseInput!) {\n  transferCase(input: $input) { id caseId status from { code } to { code } }\n}": types.FixtureRequestTransferDocument,
    "mutation FixtureAcceptTransfer($id: ID!, $caseWorker: TransferCaseWorkerInput) {\n  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId }\n}": types.FixtureAcceptTransferDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgencyClientSetupAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }"): (typeof documents)["mutation AgencyClientSetupAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgencyClientSetupPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"): (typeof documents)["mutation AgencyClientSetupPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgencyClientSetupFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation AgencyClientSetupFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AgencyClientSetupPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation AgencyClientSetupPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertJobPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"): (typeof documents)["mutation AlertJobPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertJobPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation AlertJobPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AlertRulesInbox { inbox(first: 100) { edges { node { id caseId referralId kind subject category dueOn } } } }"): (typeof documents)["query AlertRulesInbox { inbox(first: 100) { edges { node { id caseId referralId kind subject category dueOn } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertRulesMark($ids: [ID!]!) { markAlertsRead(ids: $ids) }"): (typeof documents)["mutation AlertRulesMark($ids: [ID!]!) { markAlertsRead(ids: $ids) }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertRulesRefer($input: ReferInput!) { refer(input: $input) { id } }"): (typeof documents)["mutation AlertRulesRefer($input: ReferInput!) { refer(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertRulesTransfer($input: TransferCaseInput!) { transferCase(input: $input) { id } }"): (typeof documents)["mutation AlertRulesTransfer($input: TransferCaseInput!) { transferCase(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertRulesAccept($id: ID!) { acceptReferral(id: $id) { id status } }"): (typeof documents)["mutation AlertRulesAccept($id: ID!) { acceptReferral(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertRulesClose($input: RequestClosureInput!) { requestClosure(input: $input) { id } }"): (typeof documents)["mutation AlertRulesClose($input: RequestClosureInput!) { requestClosure(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertRulesPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"): (typeof documents)["mutation AlertRulesPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AlertRulesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation AlertRulesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Look($id: ID!) { case(id: $id) { id status client { givenName personalCode } latestAssessment { healthFindings } } }"): (typeof documents)["query Look($id: ID!) { case(id: $id) { id status client { givenName personalCode } latestAssessment { healthFindings } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation AuditRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Where($id: ID!) { case(id: $id) { placements { provider { code } } } }"): (typeof documents)["query Where($id: ID!) { case(id: $id) { placements { provider { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AuditAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation AuditAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthMe { me { userId role agency { code kind municipalityCode } } }"): (typeof documents)["query AuthMe { me { userId role agency { code kind municipalityCode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthCases { cases(first: 5) { totalCount edges { node { id } } } }"): (typeof documents)["query AuthCases { cases(first: 5) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation BadInputAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BadInputUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }"): (typeof documents)["mutation BadInputUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BirthFamilyPlan($input: PlanBirthFamilyContactInput!) {\n  planBirthFamilyContact(input: $input) { id kind status plannedOn heldOn place participants outcome version organisingAgency { code } }\n}"): (typeof documents)["mutation BirthFamilyPlan($input: PlanBirthFamilyContactInput!) {\n  planBirthFamilyContact(input: $input) { id kind status plannedOn heldOn place participants outcome version organisingAgency { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BirthFamilyUpdate($id: ID!, $input: UpdateBirthFamilyContactInput!) {\n  updateBirthFamilyContact(id: $id, input: $input) { id status heldOn outcome version }\n}"): (typeof documents)["mutation BirthFamilyUpdate($id: ID!, $input: UpdateBirthFamilyContactInput!) {\n  updateBirthFamilyContact(id: $id, input: $input) { id status heldOn outcome version }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BirthFamilyRead($id: ID!) {\n  case(id: $id) { id birthFamilyContacts { id status participants organisingAgency { code } } }\n}"): (typeof documents)["query BirthFamilyRead($id: ID!) {\n  case(id: $id) { id birthFamilyContacts { id status participants organisingAgency { code } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BirthFamilyPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation BirthFamilyPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BypassAliases($id: ID!) { c: case(id: $id) { who: client { code: personalCode name: givenName } } }"): (typeof documents)["query BypassAliases($id: ID!) { c: case(id: $id) { who: client { code: personalCode name: givenName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BypassTwoAliases($id: ID!) { case(id: $id) { client { a: personalCode b: personalCode } } }"): (typeof documents)["query BypassTwoAliases($id: ID!) { case(id: $id) { client { a: personalCode b: personalCode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BypassList { cases(first: 10) { edges { node { client { personalCode } latestAssessment { healthFindings } } } } }"): (typeof documents)["query BypassList { cases(first: 10) { edges { node { client { personalCode } latestAssessment { healthFindings } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation BypassAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation BypassAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query BypassFollowUpPage($id: ID!) { case(id: $id) { followUps(first: 1) { totalCount edges { node { category } } pageInfo { hasNextPage } } } }"): (typeof documents)["query BypassFollowUpPage($id: ID!) { case(id: $id) { followUps(first: 1) { totalCount edges { node { category } } pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CareFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }\n  }\n}"): (typeof documents)["query CareFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePathPlace($input: RecordPlacementInput!) {\n  recordPlacement(input: $input) { id type capacityException }\n}"): (typeof documents)["mutation CarePathPlace($input: RecordPlacementInput!) {\n  recordPlacement(input: $input) { id type capacityException }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePathDecide($input: RecordPermanencyPlanInput!) {\n  recordPermanencyPlan(input: $input) {\n    id version goal targetDate decidedOn decisionRef reviewedWithPlanVersion decidingAgency { code } decidedByUserId\n  }\n}"): (typeof documents)["mutation CarePathDecide($input: RecordPermanencyPlanInput!) {\n  recordPermanencyPlan(input: $input) {\n    id version goal targetDate decidedOn decisionRef reviewedWithPlanVersion decidingAgency { code } decidedByUserId\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePathPermanency($id: ID!) { case(id: $id) { permanencyPlans { version goal targetDate } } }"): (typeof documents)["query CarePathPermanency($id: ID!) { case(id: $id) { permanencyPlans { version goal targetDate } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePathExit($input: RecordExitFromCareInput!) {\n  recordExitFromCare(input: $input) { id endsOn exitDestination }\n}"): (typeof documents)["mutation CarePathExit($input: RecordExitFromCareInput!) {\n  recordExitFromCare(input: $input) { id endsOn exitDestination }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePathDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }"): (typeof documents)["query CarePathDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePathApply($input: ApplyForLongTermCareInput!) {\n  applyForLongTermCare(input: $input) { id status version service appliedOn }\n}"): (typeof documents)["mutation CarePathApply($input: ApplyForLongTermCareInput!) {\n  applyForLongTermCare(input: $input) { id status version service appliedOn }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePathOffer($input: OfferPlaceInput!) {\n  offerPlace(input: $input) { id status version offeredOn offeredProvider { code } }\n}"): (typeof documents)["mutation CarePathOffer($input: OfferPlaceInput!) {\n  offerPlace(input: $input) { id status version offeredOn offeredProvider { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePathAdmit($input: AdmitFromWaitingListInput!) {\n  admitFromWaitingList(input: $input) { id status version admittedOn assessmentId servicesTried whyNotEnough }\n}"): (typeof documents)["mutation CarePathAdmit($input: AdmitFromWaitingListInput!) {\n  admitFromWaitingList(input: $input) { id status version admittedOn assessmentId servicesTried whyNotEnough }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePathRemove($input: RemoveFromWaitingListInput!) {\n  removeFromWaitingList(input: $input) { id status version removedOn removalReason }\n}"): (typeof documents)["mutation CarePathRemove($input: RemoveFromWaitingListInput!) {\n  removeFromWaitingList(input: $input) { id status version removedOn removalReason }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarePathApplications($id: ID!) { case(id: $id) { careApplications { id status version } } }"): (typeof documents)["query CarePathApplications($id: ID!) { case(id: $id) { careApplications { id status version } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarePathAssess($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }"): (typeof documents)["mutation CarePathAssess($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarerFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }\n  }\n}"): (typeof documents)["query CarerFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarerPlacementsPlace($input: RecordPlacementInput!) {\n  recordPlacement(input: $input) { id carerId fosterForm endsOn capacityException }\n}"): (typeof documents)["mutation CarerPlacementsPlace($input: RecordPlacementInput!) {\n  recordPlacement(input: $input) { id carerId fosterForm endsOn capacityException }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarerSupportPlanSave($input: SaveCarerSupportPlanInput!) {\n  saveCarerSupportPlan(input: $input) { id supportPlans { version needs support validFrom reviewDueOn } }\n}"): (typeof documents)["mutation CarerSupportPlanSave($input: SaveCarerSupportPlanInput!) {\n  saveCarerSupportPlan(input: $input) { id supportPlans { version needs support validFrom reviewDueOn } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarerSupportPlanRead($id: ID!) { carer(id: $id) { id supportPlans { version support } } }"): (typeof documents)["query CarerSupportPlanRead($id: ID!) { carer(id: $id) { id supportPlans { version support } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarerSupportPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation CarerSupportPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CarersOne($id: ID!) {\n  carer(id: $id) { id myRelations name phone status initialTrainingHours\n    history { from to reason exitInterview agency { code } } forms { form decisionRef decidingAgency { code } } }\n}"): (typeof documents)["query CarersOne($id: ID!) {\n  carer(id: $id) { id myRelations name phone status initialTrainingHours\n    history { from to reason exitInterview agency { code } } forms { form decisionRef decidingAgency { code } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarersContact($input: UpdateCarerContactInput!) { updateCarerContact(input: $input) { id phone version } }"): (typeof documents)["mutation CarersContact($input: UpdateCarerContactInput!) { updateCarerContact(input: $input) { id phone version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CarersPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id carerId } }"): (typeof documents)["mutation CarersPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id carerId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseCountPage($filter: CaseFilter, $after: String) {\n  cases(filter: $filter, first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }\n}"): (typeof documents)["query CaseCountPage($filter: CaseFilter, $after: String) {\n  cases(filter: $filter, first: 100, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRecordRecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) { id type assessedOn needsSummary healthFindings authorAgency { code } }\n}"): (typeof documents)["mutation CaseRecordRecordAssessment($input: RecordAssessmentInput!) {\n  recordAssessment(input: $input) { id type assessedOn needsSummary healthFindings authorAgency { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRecordSaveSupportPlan($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id version status reviewDueOn goals { position description }\n    tasks { position goalPosition description deadline responsibleAgency { code } status }\n    services { serviceType volume unit period provider { code } } }\n}"): (typeof documents)["mutation CaseRecordSaveSupportPlan($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id version status reviewDueOn goals { position description }\n    tasks { position goalPosition description deadline responsibleAgency { code } status }\n    services { serviceType volume unit period provider { code } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRecordAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind category version authorAgency { code } } }"): (typeof documents)["mutation CaseRecordAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind category version authorAgency { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseRecordFullCase($id: ID!) {\n  case(id: $id) {\n    id status\n    client { id givenName personalCode }\n    latestAssessment { type needsSummary healthFindings safetyFindings childOpinion }\n    currentPlan { version status goals { description } }\n    planHistory { version status }\n    followUps(first: 10) { totalCount edges { node { kind summary category } } pageInfo { hasNextPage endCursor } }\n  }\n}"): (typeof documents)["query CaseRecordFullCase($id: ID!) {\n  case(id: $id) {\n    id status\n    client { id givenName personalCode }\n    latestAssessment { type needsSummary healthFindings safetyFindings childOpinion }\n    currentPlan { version status goals { description } }\n    planHistory { version status }\n    followUps(first: 10) { totalCount edges { node { kind summary category } } pageInfo { hasNextPage endCursor } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseRecordTwoPlans($input: SaveSupportPlanInput!) {\n      a: saveSupportPlan(input: $input) { version } b: saveSupportPlan(input: $input) { version } }"): (typeof documents)["mutation CaseRecordTwoPlans($input: SaveSupportPlanInput!) {\n      a: saveSupportPlan(input: $input) { version } b: saveSupportPlan(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseRecordFollowUpsFirstPage($id: ID!) { case(id: $id) { followUps(first: 2) { edges { node { summary } } pageInfo { hasNextPage endCursor } } } }"): (typeof documents)["query CaseRecordFollowUpsFirstPage($id: ID!) { case(id: $id) { followUps(first: 2) { edges { node { summary } } pageInfo { hasNextPage endCursor } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseRecordFollowUpsNextPage($id: ID!, $after: String) { case(id: $id) { followUps(first: 2, after: $after) { edges { node { summary } } pageInfo { hasNextPage } } } }"): (typeof documents)["query CaseRecordFollowUpsNextPage($id: ID!, $after: String) { case(id: $id) { followUps(first: 2, after: $after) { edges { node { summary } } pageInfo { hasNextPage } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseRecordUpdatedSince($since: DateTimeISO) { cases(filter: { updatedSince: $since }) { totalCount } }"): (typeof documents)["query CaseRecordUpdatedSince($since: DateTimeISO) { cases(filter: { updatedSince: $since }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CaseWorkersAssign($input: AssignCaseWorkerInput!, $key: String) {\n  assignCaseWorker(input: $input, idempotencyKey: $key) { id version caseManager { userId name agency { code } } } }"): (typeof documents)["mutation CaseWorkersAssign($input: AssignCaseWorkerInput!, $key: String) {\n  assignCaseWorker(input: $input, idempotencyKey: $key) { id version caseManager { userId name agency { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseWorkersHistory($id: ID!) {\n  case(id: $id) { caseManager { userId name } caseWorkerAssignments { userId name assignedByUserId assignedAt agency { code } } } }"): (typeof documents)["query CaseWorkersHistory($id: ID!) {\n  case(id: $id) { caseManager { userId name } caseWorkerAssignments { userId name assignedByUserId assignedAt agency { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CentreRecordActivity($input: RecordCentreActivityInput!) {\n  recordCentreActivity(input: $input) { id serviceCode occurredOn hours participants { kind count } caseIds note }\n}"): (typeof documents)["mutation CentreRecordActivity($input: RecordCentreActivityInput!) {\n  recordCentreActivity(input: $input) { id serviceCode occurredOn hours participants { kind count } caseIds note }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CentreActivities($from: LocalDate!, $to: LocalDate!, $serviceCode: String, $first: Int, $after: String) {\n  centreActivities(from: $from, to: $to, serviceCode: $serviceCode, first: $first, after: $after) {\n    totalCount edges { node { id serviceCode occurredOn } } pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query CentreActivities($from: LocalDate!, $to: LocalDate!, $serviceCode: String, $first: Int, $after: String) {\n  centreActivities(from: $from, to: $to, serviceCode: $serviceCode, first: $first, after: $after) {\n    totalCount edges { node { id serviceCode occurredOn } } pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CentreActivityCounts($from: LocalDate!, $to: LocalDate!) {\n  centreActivityCounts(from: $from, to: $to) { month serviceCode activities hours participants }\n}"): (typeof documents)["query CentreActivityCounts($from: LocalDate!, $to: LocalDate!) {\n  centreActivityCounts(from: $from, to: $to) { month serviceCode activities hours participants }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CentreOpenSurvey($input: OpenPartnerSurveyInput!) {\n  openPartnerSurvey(input: $input) { id year partnerKind tokensIssued responses closedAt questions { code scale } }\n}"): (typeof documents)["mutation CentreOpenSurvey($input: OpenPartnerSurveyInput!) {\n  openPartnerSurvey(input: $input) { id year partnerKind tokensIssued responses closedAt questions { code scale } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CentreIssueTokens($surveyId: ID!, $count: Int!) {\n  issueSurveyTokens(surveyId: $surveyId, count: $count) { tokens survey { id tokensIssued responses } }\n}"): (typeof documents)["mutation CentreIssueTokens($surveyId: ID!, $count: Int!) {\n  issueSurveyTokens(surveyId: $surveyId, count: $count) { tokens survey { id tokensIssued responses } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CentreIssueTokensKeyed($surveyId: ID!, $count: Int!, $key: String) {\n  issueSurveyTokens(surveyId: $surveyId, count: $count, idempotencyKey: $key) { tokens survey { tokensIssued } }\n}"): (typeof documents)["mutation CentreIssueTokensKeyed($surveyId: ID!, $count: Int!, $key: String) {\n  issueSurveyTokens(surveyId: $surveyId, count: $count, idempotencyKey: $key) { tokens survey { tokensIssued } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CentreCloseSurvey($id: ID!) { closePartnerSurvey(id: $id) { id closedAt responses } }"): (typeof documents)["mutation CentreCloseSurvey($id: ID!) { closePartnerSurvey(id: $id) { id closedAt responses } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CentreSurveys($year: Int) { partnerSurveys(year: $year) { id partnerKind tokensIssued responses closedAt } }"): (typeof documents)["query CentreSurveys($year: Int) { partnerSurveys(year: $year) { id partnerKind tokensIssued responses closedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CentreEvaluation($centreCode: String!, $year: Int!) {\n  centreEvaluation(centreCode: $centreCode, year: $year) {\n    year suppressionThreshold centre { code }\n    indicators { service { code } activities hours participants participantsByKind { kind count } activeMonths }\n    surveys { partnerKind responses { value suppressed } questions { question { code } scores { value suppressed } meanScore } }\n  }\n}"): (typeof documents)["query CentreEvaluation($centreCode: String!, $year: Int!) {\n  centreEvaluation(centreCode: $centreCode, year: $year) {\n    year suppressionThreshold centre { code }\n    indicators { service { code } activities hours participants participantsByKind { kind count } activeMonths }\n    surveys { partnerKind responses { value suppressed } questions { question { code } scores { value suppressed } meanScore } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeFeedAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }"): (typeof documents)["mutation ChangeFeedAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangeFeedUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }"): (typeof documents)["mutation ChangeFeedUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ChangeFeed($after: String, $first: Int) {\n  changes(after: $after, first: $first) {\n    edges { cursor node { id caseId entity entityId operation at categories oldVersion newVersion } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query ChangeFeed($after: String, $first: Int) {\n  changes(after: $after, first: $first) {\n    edges { cursor node { id caseId entity entityId operation at categories oldVersion newVersion } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosureTransition($input: TransitionCaseInput!) { transitionCase(input: $input) { id status closedOn version } }"): (typeof documents)["mutation ClosureTransition($input: TransitionCaseInput!) { transitionCase(input: $input) { id status closedOn version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosureRequest($input: RequestClosureInput!) {\n  requestClosure(input: $input) { id to reason status requestedByUserId decidedByUserId returnReason }\n}"): (typeof documents)["mutation ClosureRequest($input: RequestClosureInput!) {\n  requestClosure(input: $input) { id to reason status requestedByUserId decidedByUserId returnReason }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosureApprove($input: DecideClosureInput!) { approveClosure(input: $input) { id status decidedByUserId } }"): (typeof documents)["mutation ClosureApprove($input: DecideClosureInput!) { approveClosure(input: $input) { id status decidedByUserId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ClosureReturn($input: ReturnClosureInput!) { returnClosure(input: $input) { id status returnReason } }"): (typeof documents)["mutation ClosureReturn($input: ReturnClosureInput!) { returnClosure(input: $input) { id status returnReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClosureCase($id: ID!) { case(id: $id) { status closedOn version closureRequests { id status to reason returnReason } } }"): (typeof documents)["query ClosureCase($id: ID!) { case(id: $id) { status closedOn version closureRequests { id status to reason returnReason } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClosureSetting { municipalities { code closureNeedsApproval } }"): (typeof documents)["query ClosureSetting { municipalities { code closureNeedsApproval } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ClosureInbox { inbox(first: 50) { edges { node { id caseId kind subject category } } } }"): (typeof documents)["query ClosureInbox { inbox(first: 50) { edges { node { id caseId kind subject category } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractCaseAccess($id: ID!) {\n  case(id: $id) { myRoles access { roles readableCategories writableCategories readableFields } }\n}"): (typeof documents)["query ContractCaseAccess($id: ID!) {\n  case(id: $id) { myRoles access { roles readableCategories writableCategories readableFields } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractCaseView($id: ID!) {\n  case(id: $id) {\n    id status targetGroup client { id givenName personalCode }\n    involvements { id role }\n    assessments { id type healthFindings }\n    planHistory { id version status }\n    followUps(first: 20) { edges { node { id category summary } } }\n    placements { id type carerName }\n  }\n}"): (typeof documents)["query ContractCaseView($id: ID!) {\n  case(id: $id) {\n    id status targetGroup client { id givenName personalCode }\n    involvements { id role }\n    assessments { id type healthFindings }\n    planHistory { id version status }\n    followUps(first: 20) { edges { node { id category summary } } }\n    placements { id type carerName }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Case { status targetGroup client { id givenName personalCode } }\n    ... on Involvement { role }\n    ... on Assessment { type healthFindings }\n    ... on SupportPlan { version planStatus: status }\n    ... on FollowUp { category summary }\n    ... on Placement { placementType: type carerName }\n  }\n}"): (typeof documents)["query ContractNode($id: ID!) {\n  node(id: $id) {\n    __typename id\n    ... on Case { status targetGroup client { id givenName personalCode } }\n    ... on Involvement { role }\n    ... on Assessment { type healthFindings }\n    ... on SupportPlan { version planStatus: status }\n    ... on FollowUp { category summary }\n    ... on Placement { placementType: type carerName }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractPages($after: String) {\n  cases(first: 1, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n}"): (typeof documents)["query ContractPages($after: String) {\n  cases(first: 1, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }"): (typeof documents)["mutation ContractRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"): (typeof documents)["mutation ContractSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation ContractAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ContractRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation ContractRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ContractCaseLikeNode($id: ID!) {\n        case(id: $id) { id status targetGroup client { id givenName personalCode } }\n      }"): (typeof documents)["query ContractCaseLikeNode($id: ID!) {\n        case(id: $id) { id status targetGroup client { id givenName personalCode } }\n      }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DataQualityReport($groupBy: QualityGroupBy, $region: String) {\n  dataQuality(groupBy: $groupBy, region: $region) {\n    scopeLevel scopeCode groupBy asOf suppressionThreshold\n    checks { id kind weight category keeper aggregateOnly }\n    rows { areaCode areaName cases { value suppressed unknown } score { value suppressed unknown }\n      completeness { value suppressed unknown } timeliness { value suppressed unknown } consistency { value suppressed unknown } }\n  }\n}"): (typeof documents)["query DataQualityReport($groupBy: QualityGroupBy, $region: String) {\n  dataQuality(groupBy: $groupBy, region: $region) {\n    scopeLevel scopeCode groupBy asOf suppressionThreshold\n    checks { id kind weight category keeper aggregateOnly }\n    rows { areaCode areaName cases { value suppressed unknown } score { value suppressed unknown }\n      completeness { value suppressed unknown } timeliness { value suppressed unknown } consistency { value suppressed unknown } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MyCaseQuality($first: Int, $after: String, $assignedToMe: Boolean) {\n  myCaseQuality(first: $first, after: $after, assignedToMe: $assignedToMe) {\n    edges { cursor node { caseId score completeness timeliness consistency missing { check kind category description } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query MyCaseQuality($first: Int, $after: String, $assignedToMe: Boolean) {\n  myCaseQuality(first: $first, after: $after, assignedToMe: $assignedToMe) {\n    edges { cursor node { caseId score completeness timeliness consistency missing { check kind category description } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoRulesMentors { socialMentors { id clients } }"): (typeof documents)["query DemoRulesMentors { socialMentors { id clients } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DemoRulesCentreEvaluation($centreCode: String!, $year: Int!) {\n  centreEvaluation(centreCode: $centreCode, year: $year) { surveys { partnerKind responses { value suppressed } } }\n}"): (typeof documents)["query DemoRulesCentreEvaluation($centreCode: String!, $year: Int!) {\n  centreEvaluation(centreCode: $centreCode, year: $year) { surveys { partnerKind responses { value suppressed } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }"): (typeof documents)["query DiscoveryCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiscoveryAccessLog($id: ID!) { caseAccessLog(caseId: $id, first: 50) { totalCount edges { node { kind userId userRole agency { code } caseRoles operation categories fields } } } }"): (typeof documents)["query DiscoveryAccessLog($id: ID!) { caseAccessLog(caseId: $id, first: 50) { totalCount edges { node { kind userId userRole agency { code } caseRoles operation categories fields } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Peek($id: ID!) { case(id: $id) { status client { givenName } } }"): (typeof documents)["query Peek($id: ID!) { case(id: $id) { status client { givenName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DiscoveryAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"): (typeof documents)["mutation DiscoveryAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DueDatesPage($filter: DueItemFilter, $after: String) {\n  dueItems(filter: $filter, first: 40, after: $after) {\n    edges { node { id kind caseId dueOn daysOverdue responsibleAgency { code } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"): (typeof documents)["query DueDatesPage($filter: DueItemFilter, $after: String) {\n  dueItems(filter: $filter, first: 40, after: $after) {\n    edges { node { id kind caseId dueOn daysOverdue responsibleAgency { code } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DueDatesOfCases($asOf: LocalDate) {\n  cases(first: 30) { edges { node { id dueItems(asOf: $asOf) { id kind dueOn daysOverdue } } } }\n}"): (typeof documents)["query DueDatesOfCases($asOf: LocalDate) {\n  cases(first: 30) { edges { node { id dueItems(asOf: $asOf) { id kind dueOn daysOverdue } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DueDatesSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"): (typeof documents)["mutation DueDatesSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DueDatesFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation DueDatesFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DueDatesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation DueDatesPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DueDatesTransition($input: TransitionCaseInput!) { transitionCase(input: $input) { version } }"): (typeof documents)["mutation DueDatesTransition($input: TransitionCaseInput!) { transitionCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FieldPermissionsFullCase($id: ID!) {\n  case(id: $id) {\n    id status targetGroup openedOn\n    caseManager { name }\n    involvements { role agency { code } }\n    client { givenName birthDate personalCode address }\n    latestAssessment { type needsSummary healthFindings safetyFindings familyNotes childOpinion }\n    currentPlan { version goals { description } }\n    followUps(first: 10) { totalCount edges { node { category summary } } }\n    placements { type carerName courtDecisionRef }\n    permanencyPlans { goal targetDate }\n    careApplications { service whyNotEnough }\n  }\n}"): (typeof documents)["query FieldPermissionsFullCase($id: ID!) {\n  case(id: $id) {\n    id status targetGroup openedOn\n    caseManager { name }\n    involvements { role agency { code } }\n    client { givenName birthDate personalCode address }\n    latestAssessment { type needsSummary healthFindings safetyFindings familyNotes childOpinion }\n    currentPlan { version goals { description } }\n    followUps(first: 10) { totalCount edges { node { category summary } } }\n    placements { type carerName courtDecisionRef }\n    permanencyPlans { goal targetDate }\n    careApplications { service whyNotEnough }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FieldPermissionsRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }"): (typeof documents)["mutation FieldPermissionsRecordAssessment($input: RecordAssessmentInput!) { recordAssessment(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FieldPermissionsSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"): (typeof documents)["mutation FieldPermissionsSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FieldPermissionsAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation FieldPermissionsAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FieldPermissionsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation FieldPermissionsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FieldPermissionsDecidePermanency($input: RecordPermanencyPlanInput!) {\n      recordPermanencyPlan(input: $input) { id } }"): (typeof documents)["mutation FieldPermissionsDecidePermanency($input: RecordPermanencyPlanInput!) {\n      recordPermanencyPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FieldPermissionsApply($input: ApplyForLongTermCareInput!) {\n      applyForLongTermCare(input: $input) { id } }"): (typeof documents)["mutation FieldPermissionsApply($input: ApplyForLongTermCareInput!) {\n      applyForLongTermCare(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevisionsAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }"): (typeof documents)["mutation RevisionsAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevisionsUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }"): (typeof documents)["mutation RevisionsUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevisionsHistory($id: ID!) {\n  case(id: $id) { followUps(first: 50) { edges { node { id category summary version\n    revisions { version kind occurredOn summary recommendations category replacedByUserId replacedAt } } } } }\n}"): (typeof documents)["query RevisionsHistory($id: ID!) {\n  case(id: $id) { followUps(first: 50) { edges { node { id category summary version\n    revisions { version kind occurredOn summary recommendations category replacedByUserId replacedAt } } } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpWritesAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }"): (typeof documents)["mutation FollowUpWritesAdd($input: AddFollowUpInput!) { addFollowUp(input: $input) { id version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FollowUpWritesUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version summary category } }"): (typeof documents)["mutation FollowUpWritesUpdate($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id version summary category } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpfulErrorsTransfer($input: TransferCaseInput!) { transferCase(input: $input) { caseId } }"): (typeof documents)["mutation HelpfulErrorsTransfer($input: TransferCaseInput!) { transferCase(input: $input) { caseId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpfulErrorsMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }"): (typeof documents)["mutation HelpfulErrorsMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpfulErrorsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation HelpfulErrorsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpfulErrorsPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"): (typeof documents)["mutation HelpfulErrorsPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelpfulErrorsCases($codes: [String!]) { cases(filter: { municipalityCode: $codes }) { totalCount } }"): (typeof documents)["query HelpfulErrorsCases($codes: [String!]) { cases(filter: { municipalityCode: $codes }) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelpfulErrorsAgencies($code: String) { agencies(municipalityCode: $code) { code } }"): (typeof documents)["query HelpfulErrorsAgencies($code: String) { agencies(municipalityCode: $code) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelpfulErrorsMunicipalities($code: String) { municipalities(regionCode: $code) { code } }"): (typeof documents)["query HelpfulErrorsMunicipalities($code: String) { municipalities(regionCode: $code) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelpfulErrorsSummary($region: String) {\n  regionalSummary(period: { from: \"2026-01-01\", to: \"2026-06-30\" }, region: $region, metrics: [OPEN_CASES]) { scopeLevel } }"): (typeof documents)["query HelpfulErrorsSummary($region: String) {\n  regionalSummary(period: { from: \"2026-01-01\", to: \"2026-06-30\" }, region: $region, metrics: [OPEN_CASES]) { scopeLevel } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HelpfulErrorsTrend($region: String) { trend(metric: OPEN_CASES, months: 2, region: $region) { month } }"): (typeof documents)["query HelpfulErrorsTrend($region: String) { trend(metric: OPEN_CASES, months: 2, region: $region) { month } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpfulErrorsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind } }"): (typeof documents)["mutation HelpfulErrorsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id kind } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpfulErrorsInvolve($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"): (typeof documents)["mutation HelpfulErrorsInvolve($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation HelpfulErrorsInvolveAsAnalyst($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"): (typeof documents)["mutation HelpfulErrorsInvolveAsAnalyst($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) { addFollowUp(input: $input, idempotencyKey: $key) { id version summary } }"): (typeof documents)["mutation IdempotencyAddFollowUp($input: AddFollowUpInput!, $key: String) { addFollowUp(input: $input, idempotencyKey: $key) { id version summary } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IdempotencyOpenCase($input: OpenCaseInput!) {\n  openCase(input: $input, idempotencyKey: \"intake-77\") { id status targetGroup myRoles client { id personalCode givenName } }\n}"): (typeof documents)["mutation IdempotencyOpenCase($input: OpenCaseInput!) {\n  openCase(input: $input, idempotencyKey: \"intake-77\") { id status targetGroup myRoles client { id personalCode givenName } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LifecycleMove($input: TransitionCaseInput!) { transitionCase(input: $input) { status closedOn version } }"): (typeof documents)["mutation LifecycleMove($input: TransitionCaseInput!) { transitionCase(input: $input) { status closedOn version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifecycleHistory($id: ID!) { case(id: $id) { status transitions { from to reason userId } } }"): (typeof documents)["query LifecycleHistory($id: ID!) { case(id: $id) { status transitions { from to reason userId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MatchingCandidates($caseId: ID!, $siblingCaseIds: [ID!], $first: Int) {\n  matchCandidates(caseId: $caseId, siblingCaseIds: $siblingCaseIds, first: $first) {\n    carerId form rank score fits children limit freePlaces siblingsHere distanceKm municipalityCode reasons\n  }\n}"): (typeof documents)["query MatchingCandidates($caseId: ID!, $siblingCaseIds: [ID!], $first: Int) {\n  matchCandidates(caseId: $caseId, siblingCaseIds: $siblingCaseIds, first: $first) {\n    carerId form rank score fits children limit freePlaces siblingsHere distanceKm municipalityCode reasons\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingLinkSiblings($input: LinkSiblingCasesInput!) { linkSiblingCases(input: $input) { id } }"): (typeof documents)["mutation MatchingLinkSiblings($input: LinkSiblingCasesInput!) { linkSiblingCases(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MatchingPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation MatchingPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentorMigrationRegistered { socialMentors { id name clients } }"): (typeof documents)["query MentorMigrationRegistered { socialMentors { id name clients } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MentorMigrationAssign($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }"): (typeof documents)["mutation MentorMigrationAssign($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MentorsRegister($input: RegisterMentorInput!) { registerMentor(input: $input) { id name active clients } }"): (typeof documents)["mutation MentorsRegister($input: RegisterMentorInput!) { registerMentor(input: $input) { id name active clients } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MentorsRetire($id: ID!) { retireMentor(id: $id) { id active clients } }"): (typeof documents)["mutation MentorsRetire($id: ID!) { retireMentor(id: $id) { id active clients } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentorsRegistered($includeRetired: Boolean) {\n  socialMentors(includeRetired: $includeRetired) { id name active clients }\n}"): (typeof documents)["query MentorsRegistered($includeRetired: Boolean) {\n  socialMentors(includeRetired: $includeRetired) { id name active clients }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MentorsAssign($input: AssignMentorInput!) {\n  assignMentor(input: $input) { id mentorId mentorName startsOn endsOn provider { code } }\n}"): (typeof documents)["mutation MentorsAssign($input: AssignMentorInput!) {\n  assignMentor(input: $input) { id mentorId mentorName startsOn endsOn provider { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MentorsEnd($id: ID!, $endsOn: LocalDate!) { endMentorAssignment(id: $id, endsOn: $endsOn) { id endsOn } }"): (typeof documents)["mutation MentorsEnd($id: ID!, $endsOn: LocalDate!) { endMentorAssignment(id: $id, endsOn: $endsOn) { id endsOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MentorsOfCase($id: ID!) { case(id: $id) { mentors { id mentorId mentorName endsOn provider { code } } } }"): (typeof documents)["query MentorsOfCase($id: ID!) { case(id: $id) { mentors { id mentorId mentorName endsOn provider { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringDueItems($filter: DueItemFilter) { dueItems(filter: $filter, first: 100) { edges { node { kind caseId dueOn daysOverdue responsibleAgency { code } } } } }"): (typeof documents)["query MonitoringDueItems($filter: DueItemFilter) { dueItems(filter: $filter, first: 100) { edges { node { kind caseId dueOn daysOverdue responsibleAgency { code } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"): (typeof documents)["mutation MonitoringSaveSupportPlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation MonitoringRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation MonitoringAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MonitoringTransitionCase($input: TransitionCaseInput!) { transitionCase(input: $input) { version } }"): (typeof documents)["mutation MonitoringTransitionCase($input: TransitionCaseInput!) { transitionCase(input: $input) { version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringCaseDueItemsFixedDate($id: ID!) { case(id: $id) { dueItems(asOf: \"2026-11-15\") { kind } } }"): (typeof documents)["query MonitoringCaseDueItemsFixedDate($id: ID!) { case(id: $id) { dueItems(asOf: \"2026-11-15\") { kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MonitoringCaseDueItems($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind } } }"): (typeof documents)["query MonitoringCaseDueItems($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoNPlusOneSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id goals { position } } }"): (typeof documents)["mutation NoNPlusOneSavePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id goals { position } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoNPlusOneEvaluatePlan($id: ID!, $input: EvaluatePlanInput!) { evaluatePlan(id: $id, input: $input) { id } }"): (typeof documents)["mutation NoNPlusOneEvaluatePlan($id: ID!, $input: EvaluatePlanInput!) { evaluatePlan(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NoNPlusOneLinkSiblings($input: LinkSiblingCasesInput!) { linkSiblingCases(input: $input) { id } }"): (typeof documents)["mutation NoNPlusOneLinkSiblings($input: LinkSiblingCasesInput!) { linkSiblingCases(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenCaseManager($id: ID!) { case(id: $id) { caseManager { userId name agency { code } } responsibleMunicipality { code } } }"): (typeof documents)["query OpenCaseManager($id: ID!) { case(id: $id) { caseManager { userId name agency { code } } responsibleMunicipality { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacedChildPlanSave($input: SavePlacedChildPlanInput!) {\n  savePlacedChildPlan(input: $input) { id version goals support validFrom reviewDueOn agency { code } }\n}"): (typeof documents)["mutation PlacedChildPlanSave($input: SavePlacedChildPlanInput!) {\n  savePlacedChildPlan(input: $input) { id version goals support validFrom reviewDueOn agency { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlacedChildPlanRead($id: ID!) { case(id: $id) { id placedChildPlans { version goals } } }"): (typeof documents)["query PlacedChildPlanRead($id: ID!) { case(id: $id) { id placedChildPlans { version goals } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacedChildPlanCaseDraft($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"): (typeof documents)["mutation PlacedChildPlanCaseDraft($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacedChildPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation PlacedChildPlanPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementLimitsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id siblingGroup capacityException } }"): (typeof documents)["mutation PlacementLimitsRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id siblingGroup capacityException } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementLimitsAssignMentor($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }"): (typeof documents)["mutation PlacementLimitsAssignMentor($input: AssignMentorInput!) { assignMentor(input: $input) { id mentorId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementLimitsRegisterMentor($input: RegisterMentorInput!) { registerMentor(input: $input) { id } }"): (typeof documents)["mutation PlacementLimitsRegisterMentor($input: RegisterMentorInput!) { registerMentor(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlacementLimitsRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) {\n  involvements { role active agency { code } validUntil } placements { type endsOn startsOn carerRef } } }"): (typeof documents)["mutation PlacementLimitsRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) {\n  involvements { role active agency { code } validUntil } placements { type endsOn startsOn carerRef } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlacementLimitsPlacements($id: ID!) { case(id: $id) { placements { type endsOn courtDecisionRef decidingAgency { code } } } }"): (typeof documents)["query PlacementLimitsPlacements($id: ID!) { case(id: $id) { placements { type endsOn courtDecisionRef decidingAgency { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlacementLimitsDueItems($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { node { kind caseId } } } }"): (typeof documents)["query PlacementLimitsDueItems($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { node { kind caseId } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanApprovalSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }"): (typeof documents)["mutation PlanApprovalSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanApprovalApprove($id: ID!, $key: String) {\n  approvePlan(id: $id, idempotencyKey: $key) { id version status activatedAt returnedAt } }"): (typeof documents)["mutation PlanApprovalApprove($id: ID!, $key: String) {\n  approvePlan(id: $id, idempotencyKey: $key) { id version status activatedAt returnedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanApprovalReturn($id: ID!, $reason: String!) {\n  returnPlan(id: $id, reason: $reason) { id version status returnedAt returnedByUserId returnReason } }"): (typeof documents)["mutation PlanApprovalReturn($id: ID!, $reason: String!) {\n  returnPlan(id: $id, reason: $reason) { id version status returnedAt returnedByUserId returnReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanApprovalSections($id: ID!, $input: PlanSectionsInput!) { recordPlanSections(id: $id, input: $input) { id } }"): (typeof documents)["mutation PlanApprovalSections($id: ID!, $input: PlanSectionsInput!) { recordPlanSections(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanApprovalPlans($id: ID!) {\n  case(id: $id) { currentPlan { version status } planHistory { version status returnReason returnedByUserId authorAgency { code } } } }"): (typeof documents)["query PlanApprovalPlans($id: ID!) {\n  case(id: $id) { currentPlan { version status } planHistory { version status returnReason returnedByUserId authorAgency { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanSectionsSave($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id version status missingSections agreement { status on by refusalReason }\n    goals { position description outcome carriedForward } } }"): (typeof documents)["mutation PlanSectionsSave($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id version status missingSections agreement { status on by refusalReason }\n    goals { position description outcome carriedForward } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanSectionsRecord($id: ID!, $input: PlanSectionsInput!) {\n  recordPlanSections(id: $id, input: $input) { id missingSections agreement { status } } }"): (typeof documents)["mutation PlanSectionsRecord($id: ID!, $input: PlanSectionsInput!) {\n  recordPlanSections(id: $id, input: $input) { id missingSections agreement { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanSectionsApprove($id: ID!) { approvePlan(id: $id) { id status } }"): (typeof documents)["mutation PlanSectionsApprove($id: ID!) { approvePlan(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanSectionsEvaluate($id: ID!, $input: EvaluatePlanInput!) {\n  evaluatePlan(id: $id, input: $input) { id evaluation { evaluatedOn clientCooperation note } goals { position outcome evaluatedOn evaluationNote } } }"): (typeof documents)["mutation PlanSectionsEvaluate($id: ID!, $input: EvaluatePlanInput!) {\n  evaluatePlan(id: $id, input: $input) { id evaluation { evaluatedOn clientCooperation note } goals { position outcome evaluatedOn evaluationNote } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanSectionsRead($id: ID!) {\n  case(id: $id) { currentPlan { id status\n    health { disabilityGroup disabilityValidUntil medications { name dose } treatmentAndRehabilitation }\n    family { people { name relation role } contactArrangements }\n    childVoice { opinionOnFamily }\n    placementConditions\n    education { stage school }\n    wishesAndInterests\n    cooperationPartners { organisation kind role workContact }\n    plannedContacts { kind plannedOn agency { code } }\n    agreement { status on by }\n  } } }"): (typeof documents)["query PlanSectionsRead($id: ID!) {\n  case(id: $id) { currentPlan { id status\n    health { disabilityGroup disabilityValidUntil medications { name dose } treatmentAndRehabilitation }\n    family { people { name relation role } contactArrangements }\n    childVoice { opinionOnFamily }\n    placementConditions\n    education { stage school }\n    wishesAndInterests\n    cooperationPartners { organisation kind role workContact }\n    plannedContacts { kind plannedOn agency { code } }\n    agreement { status on by }\n  } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanSectionsLinkSiblings($input: LinkSiblingCasesInput!) {\n  linkSiblingCases(input: $input) { id siblingCaseId recordedByAgency { code } } }"): (typeof documents)["mutation PlanSectionsLinkSiblings($input: LinkSiblingCasesInput!) {\n  linkSiblingCases(input: $input) { id siblingCaseId recordedByAgency { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanSectionsFeed($after: String) {\n  changes(first: 100, after: $after) { edges { node { entity caseId } } pageInfo { endCursor hasNextPage } } }"): (typeof documents)["query PlanSectionsFeed($after: String) {\n  changes(first: 100, after: $after) { edges { node { entity caseId } } pageInfo { endCursor hasNextPage } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanSectionsSiblings($id: ID!) { case(id: $id) { id siblingLinks { siblingCaseId } } }"): (typeof documents)["query PlanSectionsSiblings($id: ID!) { case(id: $id) { id siblingLinks { siblingCaseId } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanSectionsDue($id: ID!) { case(id: $id) { dueItems { kind dueOn responsibleAgency { code } } } }"): (typeof documents)["query PlanSectionsDue($id: ID!) { case(id: $id) { dueItems { kind dueOn responsibleAgency { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PlanSectionsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation PlanSectionsFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlanSectionsFigures($period: PeriodInput!, $metrics: [Metric!]) {\n  regionalSummary(period: $period, metrics: $metrics) {\n    figures { metric columns total { value suppressed } rows { areaCode cells { value suppressed } total { value suppressed } } } } }"): (typeof documents)["query PlanSectionsFigures($period: PeriodInput!, $metrics: [Metric!]) {\n  regionalSummary(period: $period, metrics: $metrics) {\n    figures { metric columns total { value suppressed } rows { areaCode cells { value suppressed } total { value suppressed } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReachCountPage($after: String) {\n  cases(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }\n}"): (typeof documents)["query ReachCountPage($after: String) {\n  cases(first: 2, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceSyncMunicipalities($region: String) { municipalities(regionCode: $region) { code name regionCode } }"): (typeof documents)["query ReferenceSyncMunicipalities($region: String) { municipalities(regionCode: $region) { code name regionCode } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceSyncAgencies($municipality: String) { agencies(municipalityCode: $municipality) { code name municipalityCode regionCode contactPhone } }"): (typeof documents)["query ReferenceSyncAgencies($municipality: String) { agencies(municipalityCode: $municipality) { code name municipalityCode regionCode contactPhone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReferenceSyncClosureSettings { municipalities { code closureNeedsApproval } }"): (typeof documents)["query ReferenceSyncClosureSettings { municipalities { code closureNeedsApproval } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceSyncSavePlan($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id status missingSections } }"): (typeof documents)["mutation ReferenceSyncSavePlan($input: SaveSupportPlanInput!) {\n  saveSupportPlan(input: $input) { id status missingSections } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferenceSyncRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation ReferenceSyncRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionalSummaryFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    scopeLevel scopeCode suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode cells { value suppressed } total { value suppressed } } }\n  }\n}"): (typeof documents)["query RegionalSummaryFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    scopeLevel scopeCode suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode cells { value suppressed } total { value suppressed } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegionalSummaryTrend { trend(metric: OPEN_CASES, groupBy: REGION, months: 3) { month from to figure { total { value suppressed } } } }"): (typeof documents)["query RegionalSummaryTrend { trend(metric: OPEN_CASES, groupBy: REGION, months: 3) { month from to figure { total { value suppressed } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MoneyFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed unknown } } }\n  }\n}"): (typeof documents)["query MoneyFigures($period: PeriodInput!, $groupBy: GroupBy, $region: String, $metrics: [Metric!]) {\n  regionalSummary(period: $period, groupBy: $groupBy, region: $region, metrics: $metrics) {\n    figures { metric unit columns total { value suppressed unknown } columnTotals { value suppressed unknown }\n      rows { areaCode cells { value suppressed unknown } total { value suppressed unknown } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotSummary($period: PeriodInput!, $groupBy: GroupBy, $targetGroup: TargetGroup) {\n  regionalSummary(period: $period, groupBy: $groupBy, targetGroup: $targetGroup) {\n    scopeLevel from to suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }\n  }\n}"): (typeof documents)["query SnapshotSummary($period: PeriodInput!, $groupBy: GroupBy, $targetGroup: TargetGroup) {\n  regionalSummary(period: $period, groupBy: $groupBy, targetGroup: $targetGroup) {\n    scopeLevel from to suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SnapshotTrend($metric: Metric!, $groupBy: GroupBy, $months: Int) {\n  trend(metric: $metric, groupBy: $groupBy, months: $months) {\n    month from to figure { metric columns total { value suppressed } rows { areaCode cells { value suppressed } } }\n  }\n}"): (typeof documents)["query SnapshotTrend($metric: Metric!, $groupBy: GroupBy, $months: Int) {\n  trend(metric: $metric, groupBy: $groupBy, months: $months) {\n    month from to figure { metric columns total { value suppressed } rows { areaCode cells { value suppressed } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SnapshotRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation SnapshotRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RetentionSummary($period: PeriodInput!, $groupBy: GroupBy) {\n  regionalSummary(period: $period, groupBy: $groupBy) {\n    scopeLevel from to suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }\n  }\n}"): (typeof documents)["query RetentionSummary($period: PeriodInput!, $groupBy: GroupBy) {\n  regionalSummary(period: $period, groupBy: $groupBy) {\n    scopeLevel from to suppressionThreshold\n    figures { metric unit columns total { value suppressed } columnTotals { value suppressed }\n      rows { areaCode areaName cells { value suppressed } total { value suppressed } } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RetentionCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode } } }"): (typeof documents)["query RetentionCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RetainedCase($id: ID!) {\n  case(id: $id) {\n    status version reportedBy closedOn targetGroup\n    client { id personalCode givenName familyName address phone birthDate gender declaredMunicipalityCode pseudonymisedAt }\n    followUps(first: 10) { totalCount edges { node { kind category summary recommendations } } }\n    transitions { from to reason }\n    placements { type carerName carerRef courtDecisionRef capacityException }\n    mentors { mentorRef mentorName }\n    latestAssessment { type needsSummary healthFindings childOpinion recommendedServices }\n    currentPlan { problem goals { description } tasks { description expectedResult status } }\n  }\n}"): (typeof documents)["query RetainedCase($id: ID!) {\n  case(id: $id) {\n    status version reportedBy closedOn targetGroup\n    client { id personalCode givenName familyName address phone birthDate gender declaredMunicipalityCode pseudonymisedAt }\n    followUps(first: 10) { totalCount edges { node { kind category summary recommendations } } }\n    transitions { from to reason }\n    placements { type carerName carerRef courtDecisionRef capacityException }\n    mentors { mentorRef mentorName }\n    latestAssessment { type needsSummary healthFindings childOpinion recommendedServices }\n    currentPlan { problem goals { description } tasks { description expectedResult status } }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetentionReopen($input: TransitionCaseInput!) { transitionCase(input: $input) { id status } }"): (typeof documents)["mutation RetentionReopen($input: TransitionCaseInput!) { transitionCase(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetentionFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation RetentionFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopingCase($id: ID!) { case(id: $id) { id status myRoles } }"): (typeof documents)["query ScopingCase($id: ID!) { case(id: $id) { id status myRoles } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ScopingCases { cases(first: 50) { totalCount edges { node { id } } } }"): (typeof documents)["query ScopingCases { cases(first: 50) { totalCount edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopingAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"): (typeof documents)["mutation ScopingAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopingEndInvolvement($id: ID!) { endInvolvement(id: $id, reason: \"court proceedings closed\") { id active endedAt } }"): (typeof documents)["mutation ScopingEndInvolvement($id: ID!) { endInvolvement(id: $id, reason: \"court proceedings closed\") { id active endedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScopingAddPreviousProvider($input: AddInvolvementInput!) { addInvolvement(input: $input) { validUntil active } }"): (typeof documents)["mutation ScopingAddPreviousProvider($input: AddInvolvementInput!) { addInvolvement(input: $input) { validUntil active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReviewCloseCase($input: TransitionCaseInput!) { transitionCase(input: $input) { status } }"): (typeof documents)["mutation SecurityReviewCloseCase($input: TransitionCaseInput!) { transitionCase(input: $input) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }"): (typeof documents)["query SecurityReviewCaseExists($code: String!) { caseExists(personalCode: $code) { exists managingServices { agencyCode name contactEmail contactPhone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReviewAddHealthFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation SecurityReviewAddHealthFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReviewUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }"): (typeof documents)["mutation SecurityReviewUpdateFollowUp($id: ID!, $input: UpdateFollowUpInput!) { updateFollowUp(id: $id, input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReviewAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"): (typeof documents)["mutation SecurityReviewAddInvolvement($input: AddInvolvementInput!) { addInvolvement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReviewEndInvolvement($id: ID!) { endInvolvement(id: $id) { active } }"): (typeof documents)["mutation SecurityReviewEndInvolvement($id: ID!) { endInvolvement(id: $id) { active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReviewRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }"): (typeof documents)["mutation SecurityReviewRecordTransition($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReviewRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"): (typeof documents)["mutation SecurityReviewRecordPlacement($input: RecordPlacementInput!) { recordPlacement(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewClientCode($id: ID!) { case(id: $id) { client { personalCode } } }"): (typeof documents)["query SecurityReviewClientCode($id: ID!) { case(id: $id) { client { personalCode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewCaseManager($id: ID!) { case(id: $id) { caseManager { name agency { code } } } }"): (typeof documents)["query SecurityReviewCaseManager($id: ID!) { case(id: $id) { caseManager { name agency { code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewCaseStatus($id: ID!) { case(id: $id) { status } }"): (typeof documents)["query SecurityReviewCaseStatus($id: ID!) { case(id: $id) { status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewFollowUpCursor($id: ID!, $after: String) { case(id: $id) { followUps(after: $after) { totalCount } } }"): (typeof documents)["query SecurityReviewFollowUpCursor($id: ID!, $after: String) { case(id: $id) { followUps(after: $after) { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewDueItemsAsOf($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { cursor } } }"): (typeof documents)["query SecurityReviewDueItemsAsOf($asOf: LocalDate) { dueItems(filter: { asOf: $asOf }) { edges { cursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SecurityReviewAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation SecurityReviewAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewUpdatedAt($id: ID!) { case(id: $id) { updatedAt } }"): (typeof documents)["query SecurityReviewUpdatedAt($id: ID!) { case(id: $id) { updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewUpdatedSince($since: DateTimeISO) { cases(first: 100, filter: { updatedSince: $since }) { edges { node { id } } } }"): (typeof documents)["query SecurityReviewUpdatedSince($since: DateTimeISO) { cases(first: 100, filter: { updatedSince: $since }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewPlantedCursor($after: String) { cases(after: $after) { totalCount } }"): (typeof documents)["query SecurityReviewPlantedCursor($after: String) { cases(after: $after) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewPlantedAgencies($code: String) { agencies(municipalityCode: $code) { code } }"): (typeof documents)["query SecurityReviewPlantedAgencies($code: String) { agencies(municipalityCode: $code) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SecurityReviewMe { me { userId } }"): (typeof documents)["query SecurityReviewMe { me { userId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StayLimitsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id stayLimitOn } }"): (typeof documents)["mutation StayLimitsPlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id stayLimitOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StayLimitsExtend($input: RecordStayLimitExceptionInput!) {\n  recordStayLimitException(input: $input) {\n    id stayLimitOn stayLimitExceptions { decisionRef newLimitOn decidingAgency { code } decidedByUserId recordedAt }\n  }\n}"): (typeof documents)["mutation StayLimitsExtend($input: RecordStayLimitExceptionInput!) {\n  recordStayLimitException(input: $input) {\n    id stayLimitOn stayLimitExceptions { decisionRef newLimitOn decidingAgency { code } decidedByUserId recordedAt }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StayLimitsDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }"): (typeof documents)["query StayLimitsDue($id: ID!, $asOf: LocalDate) { case(id: $id) { dueItems(asOf: $asOf) { kind dueOn } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferCase($input: TransferCaseInput!) {\n  transferCase(input: $input) { id caseId status from { code } to { code } at expiresAt }\n}"): (typeof documents)["mutation TransferCase($input: TransferCaseInput!) {\n  transferCase(input: $input) { id caseId status from { code } to { code } at expiresAt }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferAccept($id: ID!, $caseWorker: TransferCaseWorkerInput) {\n  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId role }\n}"): (typeof documents)["mutation TransferAccept($id: ID!, $caseWorker: TransferCaseWorkerInput) {\n  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId role }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferDecline($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { id status declineReason } }"): (typeof documents)["mutation TransferDecline($id: ID!, $reason: String!) { declineReferral(id: $id, reason: $reason) { id status declineReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferWithdraw($id: ID!) { withdrawReferral(id: $id) { id status } }"): (typeof documents)["mutation TransferWithdraw($id: ID!) { withdrawReferral(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransferReceived { referrals(direction: RECEIVED) {\n  edges { node { id caseId status role targetGroup municipalityCode reason } } } }"): (typeof documents)["query TransferReceived { referrals(direction: RECEIVED) {\n  edges { node { id caseId status role targetGroup municipalityCode reason } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransferCaseView($id: ID!) { case(id: $id) { myRoles responsibleMunicipality { code } caseManager { userId name } client { declaredMunicipalityCode } } }"): (typeof documents)["query TransferCaseView($id: ID!) { case(id: $id) { myRoles responsibleMunicipality { code } caseManager { userId name } client { declaredMunicipalityCode } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransferFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation TransferFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionPlanMove($input: RecordTransitionInput!) {\n  recordTransition(input: $input) { id involvements { role active agency { code } } }\n}"): (typeof documents)["mutation TransitionPlanMove($input: RecordTransitionInput!) {\n  recordTransition(input: $input) { id involvements { role active agency { code } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionPlanSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }"): (typeof documents)["mutation TransitionPlanSave($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id version status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TransitionPlanStatus($input: TransitionCaseInput!) { transitionCase(input: $input) { status version } }"): (typeof documents)["mutation TransitionPlanStatus($input: TransitionCaseInput!) { transitionCase(input: $input) { status version } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TransitionPlanRead($id: ID!) {\n  case(id: $id) {\n    currentPlan {\n      status tasks { description forTransition responsibleAgency { code } }\n      transitionTeam { agency { code } memberName role }\n      preparationVisits { plannedOn place description }\n    }\n  }\n}"): (typeof documents)["query TransitionPlanRead($id: ID!) {\n  case(id: $id) {\n    currentPlan {\n      status tasks { description forTransition responsibleAgency { code } }\n      transitionTeam { agency { code } memberName role }\n      preparationVisits { plannedOn place description }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisibleChangePage($first: Int!, $after: String, $orderBy: CaseOrder!) {\n  cases(first: $first, after: $after, orderBy: $orderBy) { edges { node { id updatedAt } } pageInfo { endCursor hasNextPage } }\n}"): (typeof documents)["query VisibleChangePage($first: Int!, $after: String, $orderBy: CaseOrder!) {\n  cases(first: $first, after: $after, orderBy: $orderBy) { edges { node { id updatedAt } } pageInfo { endCursor hasNextPage } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VisibleChangeFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation VisibleChangeFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WebhookAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"): (typeof documents)["mutation WebhookAddFollowUp($input: AddFollowUpInput!) { addFollowUp(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookFeed($after: String) {\n  changes(after: $after, first: 100) { edges { node { id caseId entity entityId operation categories } } pageInfo { endCursor hasNextPage } }\n}"): (typeof documents)["query WebhookFeed($after: String) {\n  changes(after: $after, first: 100) { edges { node { id caseId entity entityId operation categories } } pageInfo { endCursor hasNextPage } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RegisterWebhook($input: RegisterWebhookInput!) {\n  registerWebhook(input: $input) { secretId secret subscription { id url description state secrets { id } } }\n}"): (typeof documents)["mutation RegisterWebhook($input: RegisterWebhookInput!) {\n  registerWebhook(input: $input) { secretId secret subscription { id url description state secrets { id } } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddWebhookSecret($id: ID!) { addWebhookSecret(id: $id) { secretId secret subscription { secrets { id } } } }"): (typeof documents)["mutation AddWebhookSecret($id: ID!) { addWebhookSecret(id: $id) { secretId secret subscription { secrets { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireWebhookSecret($id: ID!, $secretId: ID!) {\n  retireWebhookSecret(id: $id, secretId: $secretId) { secrets { id } }\n}"): (typeof documents)["mutation RetireWebhookSecret($id: ID!, $secretId: ID!) {\n  retireWebhookSecret(id: $id, secretId: $secretId) { secrets { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PauseWebhook($id: ID!) { pauseWebhook(id: $id) { state } }"): (typeof documents)["mutation PauseWebhook($id: ID!) { pauseWebhook(id: $id) { state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResumeWebhook($id: ID!) { resumeWebhook(id: $id) { state } }"): (typeof documents)["mutation ResumeWebhook($id: ID!) { resumeWebhook(id: $id) { state } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RequeueWebhook($id: ID!) { requeueWebhook(id: $id) { state failures } }"): (typeof documents)["mutation RequeueWebhook($id: ID!) { requeueWebhook(id: $id) { state failures } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WebhookSubscriptions {\n  webhookSubscriptions { id url state deliveredCount lastDeliveredEventId failures failingSince lastError nextAttemptAt parkedAt secrets { id } }\n}"): (typeof documents)["query WebhookSubscriptions {\n  webhookSubscriptions { id url state deliveredCount lastDeliveredEventId failures failingSince lastError nextAttemptAt parkedAt secrets { id } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YouthHomePlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id type startsOn } }"): (typeof documents)["mutation YouthHomePlace($input: RecordPlacementInput!) { recordPlacement(input: $input) { id type startsOn } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YouthHomePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id services { serviceType } } }"): (typeof documents)["mutation YouthHomePlan($input: SaveSupportPlanInput!) { saveSupportPlan(input: $input) { id services { serviceType } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation YouthHomeMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }"): (typeof documents)["mutation YouthHomeMove($input: RecordTransitionInput!) { recordTransition(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportRegisterCarer($input: RegisterCarerInput!) {\n  registerCarer(input: $input) { id status version }\n}"): (typeof documents)["mutation SupportRegisterCarer($input: RegisterCarerInput!) {\n  registerCarer(input: $input) { id status version }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportTransitionCarer($input: TransitionCarerInput!) {\n  transitionCarer(input: $input) { id status version allowedNext }\n}"): (typeof documents)["mutation SupportTransitionCarer($input: TransitionCarerInput!) {\n  transitionCarer(input: $input) { id status version allowedNext }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportCarerTraining($input: RecordCarerTrainingInput!) {\n  recordCarerTraining(input: $input) { id initialTrainingHours furtherTrainingHours }\n}"): (typeof documents)["mutation SupportCarerTraining($input: RecordCarerTrainingInput!) {\n  recordCarerTraining(input: $input) { id initialTrainingHours furtherTrainingHours }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportCarerCompetences($input: AssessCarerCompetencesInput!) {\n  assessCarerCompetences(input: $input) { id }\n}"): (typeof documents)["mutation SupportCarerCompetences($input: AssessCarerCompetencesInput!) {\n  assessCarerCompetences(input: $input) { id }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SupportRecognizeForm($input: RecognizeCarerFormInput!) {\n  recognizeCarerForm(input: $input) { id forms { form decisionRef } }\n}"): (typeof documents)["mutation SupportRecognizeForm($input: RecognizeCarerFormInput!) {\n  recognizeCarerForm(input: $input) { id forms { form decisionRef } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FeedLoadChanges($after: String) {\n  changes(after: $after, first: 100) { edges { node { id } } pageInfo { endCursor hasNextPage } }\n}"): (typeof documents)["query FeedLoadChanges($after: String) {\n  changes(after: $after, first: 100) { edges { node { id } } pageInfo { endCursor hasNextPage } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FeedLoadRegister($input: RegisterWebhookInput!) { registerWebhook(input: $input) { subscription { id } } }"): (typeof documents)["mutation FeedLoadRegister($input: RegisterWebhookInput!) { registerWebhook(input: $input) { subscription { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpenCase($input: OpenCaseInput!) {\n  openCase(input: $input) { id status targetGroup myRoles client { id personalCode givenName } }\n}"): (typeof documents)["mutation OpenCase($input: OpenCaseInput!) {\n  openCase(input: $input) { id status targetGroup myRoles client { id personalCode givenName } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddInvolvement($input: AddInvolvementInput!) {\n  addInvolvement(input: $input) { id role validUntil active agency { code } }\n}"): (typeof documents)["mutation AddInvolvement($input: AddInvolvementInput!) {\n  addInvolvement(input: $input) { id role validUntil active agency { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureRequestTransfer($input: TransferCaseInput!) {\n  transferCase(input: $input) { id caseId status from { code } to { code } }\n}"): (typeof documents)["mutation FixtureRequestTransfer($input: TransferCaseInput!) {\n  transferCase(input: $input) { id caseId status from { code } to { code } }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FixtureAcceptTransfer($id: ID!, $caseWorker: TransferCaseWorkerInput) {\n  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId }\n}"): (typeof documents)["mutation FixtureAcceptTransfer($id: ID!, $caseWorker: TransferCaseWorkerInput) {\n  acceptReferral(id: $id, caseWorker: $caseWorker) { id status caseId }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;