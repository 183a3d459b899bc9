package hk.cleanerproduction.adjudicator.drafts;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Examples of what the change API takes and answers, in its OpenAPI description (taken from a run of the
 * story in docs/rules.md: the new-technology ceiling lowered to HK$600,000).
 */
@Configuration(proxyBeanMethods = false)
class DraftApiDocumentation {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SUMMARY = """
            {"draftId": 1, "title": "New technology ceiling HK$600,000", "author": "officer", "basedOn": "2025.1-2d8067ce",
             "state": "OPEN", "createdAt": "2026-12-02T13:30:01Z", "updatedAt": "2026-12-02T13:30:01Z", "approver": null,
             "activatedVersion": null, "stale": false, "lastCheckPassed": null}""";

    private static final String CHECK = """
            {"passed": false, "version": "2025.1-5be0c1a4", "checkedAt": "2026-12-02T13:30:05Z", "tookMillis": 3120,
             "ruleCount": 129, "problems": [],
             "scenarios": {"total": 78, "failed": 2, "failures": [
               {"file": "funding/scenarios/project.yaml", "line": 9, "name": "A new-technology project is capped at HK$650,000",
                "message": "expected grantHkd 650000, got 600000", "expected": {"outcome": "ELIGIBLE", "grantHkd": 650000,
                "reasons": ["GRANT_CAPPED_AT_CEILING"]}, "got": {"outcome": "ELIGIBLE", "grantHkd": 600000,
                "reasons": ["GRANT_CAPPED_AT_CEILING"]}}]}}""";

    private static final String DRAFT = """
            {"draftId": 1, "title": "New technology ceiling HK$600,000", "author": "officer", "basedOn": "2025.1-2d8067ce",
             "state": "OPEN", "createdAt": "2026-12-02T13:30:01Z", "updatedAt": "2026-12-02T13:30:03Z", "approver": null,
             "approvalComment": null, "activatedVersion": null, "stale": false, "activeVersion": "2025.1-2d8067ce",
             "version": "2025.1-5be0c1a4",
             "files": [{"path": "funding/parameters/grant-terms.drl.csv", "etag": "\\"9f2c…\\"", "size": 2875, "changed": true}],
             "lastCheck": null, "lastCheckCurrent": false,
             "history": [{"at": "2026-12-02T13:30:01Z", "actor": "officer", "action": "CREATED", "detail": "from version 2025.1-2d8067ce"},
                         {"at": "2026-12-02T13:30:03Z", "actor": "officer", "action": "FILE_SAVED",
                          "detail": "funding/parameters/grant-terms.drl.csv"}]}""";

    private static final String FILE = """
            {"path": "funding/parameters/grant-terms.drl.csv", "etag": "\\"9f2c…\\"", "size": 2875, "changed": true}""";

    private static final String IMPACT = """
            {"input": "test-data/funding/applications.csv", "activeVersion": "2025.1-2d8067ce", "candidateVersion": "2025.1-5be0c1a4",
             "decided": 320, "changed": 103, "unchanged": 217, "bad": 0,
             "totals": {"before": {"ELIGIBLE": 240, "INELIGIBLE": 60, "REFER": 20}, "after": {"ELIGIBLE": 240, "INELIGIBLE": 60, "REFER": 20},
                        "transitions": {}, "grantBeforeHkd": 124875200, "grantAfterHkd": 120229700, "grantChangeHkd": -4645500},
             "rows": [{"row": 14, "subjectId": "CP26-000013", "differences": ["grantHkd 650000 -> 600000"],
                       "before": {"outcome": "ELIGIBLE", "grantHkd": 650000, "level": null, "reasons": []},
                       "after": {"outcome": "ELIGIBLE", "grantHkd": 600000, "level": null, "reasons": []}}],
             "rowsShown": 1, "badRows": [], "tookMillis": 2400}""";

    private static final String ACTIVATION = """
            {"draftId": 1, "version": "2025.1-5be0c1a4", "activatedAt": "2026-12-02T13:31:00Z", "tookMillis": 2950}""";

    private static final String VERSIONS = """
            [{"version": "2025.1-5be0c1a4", "activatedAt": "2026-12-02T13:31:00Z", "author": "officer", "approver": "reviewer",
              "title": "New technology ceiling HK$600,000", "comment": "agreed", "trigger": "draft 1", "draftId": 1, "active": true},
             {"version": "2025.1-2d8067ce", "activatedAt": "2026-12-02T13:29:00Z", "author": "rules folder", "approver": null,
              "title": null, "comment": null, "trigger": "start", "draftId": null, "active": false}]""";

    private static final String DIFF = """
            {"from": "2025.1-2d8067ce", "to": "2025.1-5be0c1a4", "files": [
              {"path": "funding/parameters/grant-terms.drl.csv", "change": "CHANGED",
               "table": {"added": [], "removed": [], "changed": [{"rule": "F-AMT-2 2025-2027 new technology",
                         "cells": [{"column": "Ceiling HK$", "before": "650000", "after": "600000"}]}]},
               "lines": [{"op": "-", "line": 19, "text": "F-AMT-2 2025-2027 new technology,NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,650000"},
                         {"op": "+", "line": 19, "text": "F-AMT-2 2025-2027 new technology,NEW_TECHNOLOGY,OTHER,2025-04-01,2027-06-30,50,600000"}]}]}""";

    /** "METHOD path" → {request example or null, answer example}. */
    private static final Map<String, String[]> EXAMPLES = Map.ofEntries(
            Map.entry("POST /api/v1/drafts", new String[] {"{\"basedOn\": \"active\", \"title\": \"New technology ceiling HK$600,000\"}", SUMMARY}),
            Map.entry("GET /api/v1/drafts", new String[] {null, "[" + SUMMARY + "]"}),
            Map.entry("GET /api/v1/drafts/{draftId}", new String[] {null, DRAFT}),
            Map.entry("DELETE /api/v1/drafts/{draftId}", new String[] {null, SUMMARY.replace("\"OPEN\"", "\"DISCARDED\"")}),
            Map.entry("PUT /api/v1/drafts/{draftId}/files/{path}", new String[] {null, FILE}),
            Map.entry("DELETE /api/v1/drafts/{draftId}/files/{path}", new String[] {null, "{}"}),
            Map.entry("POST /api/v1/drafts/{draftId}/check", new String[] {null, CHECK}),
            Map.entry("POST /api/v1/drafts/{draftId}/scenarios/accept", new String[] {"{\"all\": true}",
                    "{\"accepted\": [\"funding/scenarios/project.yaml:9\", \"funding/scenarios/grant.yaml:11\"]}"}),
            Map.entry("POST /api/v1/drafts/{draftId}/impact", new String[] {
                    "{\"kind\": \"funding\", \"input\": \"test-data/funding/applications.csv\"}", IMPACT}),
            Map.entry("GET /api/v1/data-sets", new String[] {null, "[\"test-data/funding/applications.csv\", "
                    + "\"test-data/recognition/nominations-2024.csv\"]"}),
            Map.entry("POST /api/v1/drafts/{draftId}/submit", new String[] {null, SUMMARY.replace("\"OPEN\"", "\"SUBMITTED\"")}),
            Map.entry("POST /api/v1/drafts/{draftId}/approve", new String[] {"{\"comment\": \"agreed\"}",
                    SUMMARY.replace("\"OPEN\"", "\"APPROVED\"").replace("\"approver\": null", "\"approver\": \"reviewer\"")}),
            Map.entry("POST /api/v1/drafts/{draftId}/activate", new String[] {null, ACTIVATION}),
            Map.entry("POST /api/v1/drafts/{draftId}/rebase", new String[] {null,
                    "{\"draft\": " + SUMMARY + ", \"changedOnBothSides\": []}"}),
            Map.entry("GET /api/v1/drafts/{draftId}/diff", new String[] {null, DIFF}),
            Map.entry("GET /api/v1/ruleset/versions", new String[] {null, VERSIONS}),
            Map.entry("GET /api/v1/ruleset/versions/{a}/diff/{b}", new String[] {null, DIFF}),
            Map.entry("POST /api/v1/ruleset/versions/{version}/activate", new String[] {
                    "{\"comment\": \"the committee withdrew its agreement\"}",
                    "{\"version\": \"2025.1-2d8067ce\", \"activatedAt\": \"2026-12-02T13:35:00Z\", \"tookMillis\": 2410}"}));

    @Bean
    OpenApiCustomizer draftExamples() {
        return api -> api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String[] example = EXAMPLES.get(method + " " + path);
            if (example != null) {
                describe(operation, method, example);
            }
        }));
    }

    private static void describe(Operation operation, PathItem.HttpMethod method, String[] example) {
        if (example[0] != null && operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            operation.getRequestBody().getContent().forEach((type, media) -> {
                if (type.contains("json")) {
                    media.setExample(parse(example[0]));
                }
            });
        }
        ApiResponses answers = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(answers);
        String status = answers.keySet().stream().filter(s -> s.startsWith("2")).findFirst().orElse("200");
        ApiResponse ok = answers.computeIfAbsent(status, s -> new ApiResponse().description("OK"));
        if (ok.getContent() == null || ok.getContent().isEmpty()) {
            ok.setContent(new Content().addMediaType("application/json", new MediaType()));
        }
        ok.getContent().values().forEach(media -> media.setExample(parse(example[1])));
        if (method == PathItem.HttpMethod.POST && operation.getRequestBody() != null && example[0] == null) {
            operation.getRequestBody().getContent().values().forEach(media -> media.setExample(Map.of()));
        }
    }

    private static Object parse(String json) {
        return JSON.readValue(json, Object.class);
    }
}
