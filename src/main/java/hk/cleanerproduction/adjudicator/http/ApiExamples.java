package hk.cleanerproduction.adjudicator.http;

/**
 * The examples and texts of the OpenAPI description ({@code /v3/api-docs}), in one place so that the
 * controllers stay readable. The examples are real: the funding application is
 * {@code test-data/funding/eligible-guangdong-wfoe.json}, and the decisions are what the rules give it and
 * the nomination (their fired rules shortened).
 */
final class ApiExamples {

    private ApiExamples() {
    }

    static final String DECIDE_DESCRIPTION = """
            Decides the input with the active ruleset, as of the input's own date, stores the decision \
            (input, output, ruleset version, as-of date) and returns it. The `Location` header names the \
            stored decision. Bad input is answered with 400 `application/problem+json` whose `errors` name \
            every bad field with its path, exactly as the command line does.""";

    static final String IDEMPOTENCY_KEY_DESCRIPTION = """
            Optional, up to 200 characters, per client. The same key with the same body returns the same \
            decision and stores nothing new (the answer carries `Idempotent-Replayed: true`); the same key \
            with another body is refused with 409.""";

    static final String FUNDING_APPLICATION = """
            {
              "applicationId": "CP25-000123",
              "receivedOn": "2025-06-16",
              "projectType": "NEW_TECHNOLOGY",
              "applicant": { "name": "Wing Fat Textiles Ltd", "businessRegistrationNo": "12345678",
                             "businessRegistrationExpiry": "2026-03-31" },
              "factory": { "name": "Dongguan Wing Fat Dyeing Factory", "region": "GUANGDONG", "city": "Dongguan",
                           "connection": "WFOE", "processingAgreementExpiry": null,
                           "residentShareOfFactoryPercent": null, "residentShareOfApplicantPercent": null,
                           "industry": "TEXTILES", "operating": true, "environmentalPenaltiesLast12Months": 0 },
              "project": { "title": "Heat-pump dryer for the stenter line", "technologyOnList": true,
                           "meetsNewTechnologyCriteria": false, "technologyOrigin": "OTHER",
                           "eligibleCostHkd": 1400000.00, "requestedGrantHkd": null,
                           "plannedStart": "2025-09-01", "plannedCompletion": "2026-08-31",
                           "expectedAnnualSavings": { "electricityKwh": 420000, "waterM3": 8000, "vocTonnes": 0,
                                                      "co2eTonnes": 230 } },
              "priorGrantsThisPhaseHkd": 0
            }""";

    static final String NOMINATION = """
            {
              "nominationId": "RS24-0042",
              "awardYear": 2024,
              "category": "MANUFACTURING",
              "levelSought": "EXCELLENT_PARTNER",
              "enterprise": { "name": "Pearl Delta Plastics Ltd", "businessRegistrationNo": "23456789",
                              "region": "GUANGDONG", "connection": "JOINT_VENTURE",
                              "residentShareOfFactoryPercent": null, "residentShareOfApplicantPercent": null,
                              "operatingSince": "2012-05-01" },
              "documentCheckPassed": true,
              "onSiteAssessmentPassed": true,
              "environmentalPenaltiesLast12Months": 0,
              "substantiatedObjection": false,
              "scores": { "management": 18, "measures": 26, "results": 25, "compliance": 9, "promotion": 7 },
              "priorAwardYears": [2021, 2022, 2023],
              "cleanerProductionAuditCompleted": true,
              "supplierFactoriesWithCleanerProduction": 0,
              "programmeProjectsCompleted": 0,
              "substantiatedComplaints": 0
            }""";

    static final String DECISION = """
            {
              "decisionId": "0063609f-3b4b-486b-a064-a576c5ef4f17",
              "subjectId": "CP25-000123",
              "kind": "FUNDING",
              "outcome": "ELIGIBLE",
              "grantHkd": 650000,
              "level": null,
              "reasons": [ { "ruleId": "F-AMT-2", "code": "GRANT_CAPPED_AT_CEILING", "effect": "INFO",
                             "message": "The grant is limited to the HK$650,000 ceiling.",
                             "messageZh": "資助額以港幣650,000元上限為限。",
                             "source": "docs/policy/funding.md#f-amt-2 [V]; rules/funding/parameters/grant-terms.drl.csv",
                             "margins": [ { "measure": "grant-above-ceiling", "found": "700000", "bound": "AT_MOST",
                                            "required": "650000", "by": 50000, "unit": "HKD" } ] } ],
              "firedRules": [ "F-ASOF a funding application is decided as of the date it was received",
                              "F-WIN-1 2025-2027 new technology" ],
              "asOf": "2025-06-16",
              "rulesetVersion": "2025.1-f8bd1064",
              "decidedAt": "2026-11-29T13:23:57.362+08:00",
              "score": null, "labelValidFrom": null, "labelValidUntil": null, "certificateNumber": null
            }""";

    static final String REPLAY = """
            {
              "decisionId": "0063609f-3b4b-486b-a064-a576c5ef4f17",
              "rulesetVersion": "2025.1-f8bd1064",
              "agrees": true,
              "differences": [],
              "original": %s,
              "replayed": %s
            }""".formatted(DECISION, DECISION.replace("0063609f-3b4b-486b-a064-a576c5ef4f17", "019ad3c1-5b0e-7d7a-8c1f-2f4b7f7f9c11")
            .replace("2026-11-29T13:23:57.362+08:00", "2026-12-01T09:02:11.518+08:00"));

    static final String DECISIONS_OF_SUBJECT = """
            { "decisions": [ %s ] }""".formatted(DECISION);

    static final String NO_SUBJECT = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:bad-input",
              "title": "Bad input",
              "status": 400,
              "detail": "1 bad field(s): the input cannot be decided.",
              "instance": "/api/v1/decisions",
              "errors": [ { "field": "subjectId", "message": "is required: the applicant's or nominee's id" } ]
            }""";

    static final String RULESET = """
            {
              "version": "2025.1-f8bd1064",
              "label": "2025.1",
              "contentHash": "f8bd1064c9e3a0b5d1f24e7a86b3c0d9e2f4a1b7c6d5e8f9a0b1c2d3e4f5a6b7",
              "builtAt": "2026-11-29T05:50:12.345Z",
              "activatedAt": "2026-11-29T05:50:12.912Z",
              "files": [ { "path": "funding/funding-decision.drl", "bytes": 14210,
                           "sha256": "9c1e0d3b5a7f2e4c6b8d0a1f3e5c7b9d1a3f5e7c9b1d3f5a7c9e1b3d5f7a9c1e" } ],
              "rules": [ "F-AMT-2 the grant is capped at the ceiling", "F-WIN-1 2025-2027 new technology" ],
              "changeRefused": false,
              "recentDecisions": 1287,
              "lastAttempt": { "trigger": "start", "at": "2026-11-29T05:50:10.120Z", "result": "ACTIVATED",
                               "version": "2025.1-f8bd1064", "tookMillis": 2792, "ruleCount": 129, "scenariosRun": 78,
                               "scenariosFailed": 0, "problems": [] }
            }""";

    static final String BAD_INPUT = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:bad-input",
              "title": "Bad input",
              "status": 400,
              "detail": "2 bad field(s): the input cannot be decided.",
              "instance": "/api/v1/funding/decisions",
              "errors": [
                { "field": "applicant.businessRegistrationNo",
                  "message": "must be a Hong Kong Business Registration number of 8 digits" },
                { "field": "factory.region",
                  "message": "'FUJIAN' is not one of HONG_KONG, GUANGDONG, MACAO, OTHER_MAINLAND, OTHER" }
              ]
            }""";

    static final String CONFLICT = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:idempotency-conflict",
              "title": "Idempotency-Key reused",
              "status": 409,
              "detail": "The Idempotency-Key 'form-7d3f0c52-submit-1' was already used with another request body (decision 0063609f-3b4b-486b-a064-a576c5ef4f17). Use a new key for a new request.",
              "instance": "/api/v1/funding/decisions"
            }""";

    static final String NOT_FOUND = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:not-found",
              "title": "Not Found",
              "status": 404,
              "detail": "No decision is stored with the id 0063609f-3b4b-486b-a064-a576c5ef4f17.",
              "instance": "/api/v1/decisions/0063609f-3b4b-486b-a064-a576c5ef4f17"
            }""";

    static final String TOO_LARGE = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:body-too-large",
              "title": "Content Too Large",
              "status": 413,
              "detail": "The request body is larger than 65536 bytes.",
              "instance": "/api/v1/funding/decisions"
            }""";

    static final String UNSUPPORTED = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:unsupported-media-type",
              "title": "Unsupported Media Type",
              "status": 415,
              "detail": "Content-Type 'text/plain' is not supported.",
              "instance": "/api/v1/funding/decisions"
            }""";

    static final String UNAUTHORIZED = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:unauthorized",
              "title": "Unauthorized",
              "status": 401,
              "detail": "Sign in with HTTP Basic.",
              "instance": "/api/v1/funding/decisions"
            }""";

    static final String FORBIDDEN = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:forbidden",
              "title": "Forbidden",
              "status": 403,
              "detail": "Your role does not allow this.",
              "instance": "/api/v1/ruleset"
            }""";

    static final String RECOGNITION_DECISION = """
            {
              "decisionId": "01a236f8-8009-712e-bd27-8f4d5ebdbbfb",
              "subjectId": "RS24-0042",
              "kind": "RECOGNITION",
              "outcome": "AWARDED",
              "grantHkd": null,
              "level": "EXCELLENT_PARTNER",
              "reasons": [],
              "firedRules": [ "R-ASOF a nomination is decided as of the ceremony date of its award year",
                              "R-SCORE the score is the sum of its five parts",
                              "R-GATE-1 the document check and the on-site assessment were passed",
                              "R-MAN-1 the nomination meets every Excellent Partner criterion",
                              "R-OUTCOME awarded Excellent Partner when sought and every criterion is met (R-MAN-1, R-LEV-1)",
                              "R-LAB-1 the label is valid from the ceremony date to the end of the validity period" ],
              "asOf": "2024-10-31",
              "rulesetVersion": "2025.1-47445596",
              "decidedAt": "2026-12-02T21:36:25.098+08:00",
              "score": 85,
              "labelValidFrom": "2024-10-31",
              "labelValidUntil": "2025-12-31",
              "certificateNumber": null
            }""";

    static final String STOPPED = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:decision-stopped",
              "title": "Decision stopped",
              "status": 503,
              "detail": "The rules did not finish this decision: more than 10000 rule firings (max-firings in ruleset.properties)",
              "instance": "/api/v1/funding/decisions"
            }""";

    static final String REPLAY_UNAVAILABLE = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:replay-unavailable",
              "title": "Cannot replay",
              "status": 409,
              "detail": "The files of ruleset version 2025.1-f8bd1064 are not stored, so the decision cannot be replayed.",
              "instance": "/api/v1/decisions/0063609f-3b4b-486b-a064-a576c5ef4f17/replay"
            }""";

    static final String BAD_BATCH_ORDER = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:bad-input",
              "title": "Bad input",
              "status": 400,
              "detail": "2 bad field(s): the batch cannot start.",
              "instance": "/api/v1/batches",
              "errors": [
                { "field": "input", "message": "must be inside the batch folder" },
                { "field": "kind", "message": "must be funding or recognition" }
              ]
            }""";

    static final String BAD_BATCH_ID = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:bad-input",
              "title": "Bad input",
              "status": 400,
              "detail": "Failed to convert 'id' with value: 'first'",
              "instance": "/api/v1/batches/first",
              "errors": [ { "field": "id", "message": "Failed to convert 'id' with value: 'first'" } ]
            }""";

    static final String NO_BATCH = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:not-found",
              "title": "Not Found",
              "status": 404,
              "detail": "no batch 42",
              "instance": "/api/v1/batches/42"
            }""";

    static final String THROTTLED = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:too-many-sign-ins",
              "title": "Too Many Requests",
              "status": 429,
              "detail": "Too many failed sign-ins: try again in 60 s.",
              "instance": "/api/v1/funding/decisions"
            }""";

    static final String UNEXPECTED = """
            {
              "type": "urn:cleaner-production-adjudicator:problem:unexpected",
              "title": "Internal Server Error",
              "status": 500,
              "detail": "The service could not answer; the error is logged.",
              "instance": "/api/v1/funding/decisions"
            }""";
}
