package org.assises.testsupport;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The contract-driven hostile-input test every service runs: it reads the service's committed
 * contract and, for every operation, sends the plain request it describes and hostile variants of
 * each parameter and body field (NUL and control characters, wrong types, out-of-range numbers, huge
 * strings, malformed dates, unknown enum values, duplicate keys, trailing tokens, missing required
 * fields, no body, missing, forged or wrong-role token). Every answer must be below 500; an error
 * must be an {@code application/problem+json} with a status the contract declares for the operation;
 * a 2xx must be declared and its JSON body valid against the declared schema; a variant that must be
 * refused must not succeed. A new endpoint is covered as soon as it is in the contract.
 * <p>
 * A service's test extends this class (with {@code @QuarkusTest}) and may name path values that exist
 * (an edition code) so that more requests reach the service's own code.
 */
public abstract class HostileInputConformance {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final String HUGE = "x".repeat(20_000);
    private static final String[] STRING_CANDIDATES = {"assises-2018", "a", "abc", "fr", "ABC", "A1", "+33 1 23 45 67 89",
            "2026-05-20", "09:30", "someone@example.org", "12345678", "FR-2026-01"};

    @Inject
    DataSource dataSource;

    /** Values for path parameters by name (e.g. {@code code -> assises-2018}); others get a made-up value. */
    protected Map<String, String> pathValues() {
        return Map.of();
    }

    /**
     * A 2xx that refuses the hostile part inside its body (a batch that rejects the bad item alone)
     * rather than with an error status; by default there is none.
     */
    protected boolean refusedInBody(String method, String path, Response response) {
        return false;
    }

    /** Texts that must never reach the log (the test passport numbers, for a service that receives them). */
    protected Set<Pattern> secretsNeverLogged() {
        return Set.of();
    }

    @Test
    void everyOperationAnswersHostileInputWithADeclaredProblem() throws IOException {
        JsonNode contract = YAML.readTree(Files.readString(OpenApiContract.COMMITTED, StandardCharsets.UTF_8));
        Run run = new Run(contract);
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                run.operation(path.getKey(), path.getValue(), op.getKey(), op.getValue());
            }
        }));
        System.out.printf("Hostile input (%s): %d requests on %d operations, %d answers validated against their schema, %d failures%n",
                getClass().getSimpleName(), run.requests, run.operations, run.validated, run.failures.size());
        System.out.println("Plain requests (a 4xx here means the hostile variants of that operation were refused early): "
                + String.join("; ", run.plain));
        assertThat(run.requests).as("requests sent").isGreaterThan(0);
        assertThat(run.failures).as("answers that break the platform's promises (%d requests sent)", run.requests).isEmpty();
    }

    @Test
    void corsPreflightFromTheFrontEndIsAnsweredAndOthersAreNot() {
        String path = firstPath();
        Response allowed = given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").when().options(path);
        assertThat(allowed.statusCode()).isEqualTo(200);
        assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:5173");
        assertThat(allowed.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(allowed.header("Access-Control-Allow-Headers")).containsIgnoringCase("authorization");
        assertThat(allowed.header("Access-Control-Allow-Credentials")).isNotEqualTo("true");
        Response foreign = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .when().options(path);
        assertThat(foreign.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void undeclaredMethodAndOversizedUrlAreProblems() {
        String path = firstPath();
        Response trace = given().when().request("PATCH", path.replaceAll("\\{[^}]+}", "x1") + "/none-such/x");
        assertThat(trace.statusCode()).isIn(404, 405);
        assertThat(trace.contentType()).startsWith("application/problem+json");
        Response wrongMethod = given().contentType("application/json").body("{}").when().request("PATCH", "/api/v1"
                + firstPath().substring("/api/v1".length()).replaceAll("\\{[^}]+}", "x1"));
        assertThat(wrongMethod.statusCode()).isLessThan(500);
        assertThat(wrongMethod.contentType()).startsWith("application/problem+json");
        Response longUrl = given().when().get(path.replaceAll("\\{[^}]+}", "x1") + "?q=" + "y".repeat(9000));
        assertThat(longUrl.statusCode()).isEqualTo(414);
        assertThat(longUrl.contentType()).startsWith("application/problem+json");
    }

    @Test
    void databaseErrorsDoNotCarryBoundValues() throws SQLException {
        String secret = "HOSTILE-PROBE-" + java.util.UUID.randomUUID();
        try (Connection connection = dataSource.getConnection(); Statement ddl = connection.createStatement()) {
            ddl.execute("create temporary table hostile_probe (v text primary key)");
            try (PreparedStatement insert = connection.prepareStatement("insert into hostile_probe (v) values (?)")) {
                insert.setString(1, secret);
                insert.addBatch();
                insert.addBatch();
                SQLException failure = org.assertj.core.api.Assertions.catchThrowableOfType(SQLException.class, insert::executeBatch);
                assertThat((Throwable) failure).as("a duplicate in a batch fails").isNotNull();
                for (Throwable t = failure; t != null; t = t instanceof SQLException s && s.getNextException() != null
                        ? s.getNextException() : t.getCause()) {
                    assertThat(String.valueOf(t.getMessage())).as("message of %s", t.getClass().getSimpleName()).doesNotContain(secret);
                    if (t.getCause() == t) {
                        break;
                    }
                }
            } finally {
                ddl.execute("drop table hostile_probe");
            }
        }
    }

    @Test
    void logHasNoSecretOrNulByte() throws IOException {
        LogHygiene.assertClean(secretsNeverLogged());
    }

    private String firstPath() {
        try {
            JsonNode contract = YAML.readTree(Files.readString(OpenApiContract.COMMITTED, StandardCharsets.UTF_8));
            return contract.path("paths").fieldNames().next().replaceAll("\\{[^}]+}", "x1");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One request to send and what it must not do. */
    private record Probe(String label, boolean mustRefuse, Consumer<RequestSpecification> spec, String path) {
    }

    /** The state of one run over the contract. */
    private final class Run {

        private final JsonNode contract;
        private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        private final List<String> failures = new ArrayList<>();
        private final List<String> plain = new ArrayList<>();
        private int requests;
        private int operations;
        private int validated;

        Run(JsonNode contract) {
            this.contract = contract;
        }

        void operation(String template, JsonNode item, String method, JsonNode op) {
            operations++;
            List<JsonNode> parameters = new ArrayList<>();
            item.path("parameters").forEach(parameters::add);
            op.path("parameters").forEach(parameters::add);
            List<String> roles = new ArrayList<>();
            boolean secured = false;
            for (JsonNode requirement : op.path("security")) {
                secured = true;
                requirement.fields().forEachRemaining(f -> f.getValue().forEach(r -> roles.add(r.asText())));
            }
            String token = secured ? DevTokens.forRole(roles.isEmpty() ? "organiser" : roles.get(0)) : null;

            Map<String, String> pathParams = new LinkedHashMap<>();
            Map<String, String> queryParams = new LinkedHashMap<>();
            Map<String, String> headerParams = new LinkedHashMap<>();
            for (JsonNode p : parameters) {
                String name = p.path("name").asText();
                switch (p.path("in").asText()) {
                    case "path" -> pathParams.put(name, pathValues().getOrDefault(name, sample(resolve(p.path("schema"))).asText()));
                    case "query" -> {
                        if (p.path("required").asBoolean()) {
                            queryParams.put(name, sample(resolve(p.path("schema"))).asText());
                        }
                    }
                    case "header" -> {
                        if (p.path("required").asBoolean() || name.equalsIgnoreCase("Idempotency-Key")) {
                            headerParams.put(name, name.equalsIgnoreCase("Idempotency-Key")
                                    ? java.util.UUID.randomUUID().toString() : "Délégation fictive");
                        }
                    }
                    default -> {
                    }
                }
            }
            JsonNode jsonBodySchema = null;
            String bodyType = null;
            boolean bodyRequired = op.path("requestBody").path("required").asBoolean(false);
            JsonNode content = op.path("requestBody").path("content");
            if (content.has("application/json")) {
                bodyType = "application/json";
                jsonBodySchema = resolve(content.path("application/json").path("schema"));
            } else if (content.fieldNames().hasNext()) {
                bodyType = content.fieldNames().next();
            }
            JsonNode body = jsonBodySchema == null ? null : sample(jsonBodySchema);
            String finalBodyType = bodyType;

            List<Probe> probes = new ArrayList<>();
            probes.add(new Probe("plain request", false, spec -> {
            }, null));
            if (secured) {
                probes.add(new Probe("no token", true, spec -> spec.auth().none(), null));
                probes.add(new Probe("forged token", true, spec -> spec.auth().oauth2(forged(token)), null));
                if (!roles.isEmpty()) {
                    probes.add(new Probe("wrong role", true, spec -> spec.auth().oauth2(DevTokens.forRole("nobody")), null));
                }
            }
            for (JsonNode p : parameters) {
                String name = p.path("name").asText();
                JsonNode schema = resolve(p.path("schema"));
                String in = p.path("in").asText();
                if (in.equals("path")) {
                    for (Map.Entry<String, Boolean> v : parameterVariants(schema, true).entrySet()) {
                        Map<String, String> values = new LinkedHashMap<>(pathParams);
                        values.put(name, v.getKey());
                        probes.add(new Probe("path " + name + "=" + printable(v.getKey()), v.getValue(), spec -> {
                        }, expand(template, values)));
                    }
                } else if (in.equals("query")) {
                    for (Map.Entry<String, Boolean> v : parameterVariants(schema, false).entrySet()) {
                        probes.add(new Probe("query " + name + "=" + printable(v.getKey()), v.getValue(),
                                spec -> spec.queryParam(name, v.getKey()), null));
                    }
                }
            }
            if (finalBodyType != null && finalBodyType.equals("application/json") && body != null) {
                String plain = body.toString();
                if (bodyRequired) {
                    probes.add(new Probe("no body", true, spec -> spec.body(""), null));
                }
                probes.add(new Probe("body as array", true, spec -> spec.body("[" + plain + "]"), null));
                probes.add(new Probe("truncated body", true, spec -> spec.body(plain.substring(0, plain.length() / 2)), null));
                probes.add(new Probe("trailing tokens", true, spec -> spec.body(plain + " {}"), null));
                if (body.isObject() && body.size() > 0) {
                    String first = body.fieldNames().next();
                    String duplicated = "{" + JSON.valueToTree(first) + ":" + body.get(first) + "," + plain.substring(1);
                    probes.add(new Probe("duplicate key " + first, true, spec -> spec.body(duplicated), null));
                }
                fieldVariants("", jsonBodySchema, body, body, probes, 0);
            } else if (finalBodyType != null) {
                probes.add(new Probe("malformed " + finalBodyType, true, spec -> spec.body(
                        finalBodyType.contains("csv") ? "familyName,givenName\n\"Unbalanced,quote\nsecond,line\u0000\n"
                                : "PK\u0003\u0004 not really a workbook"), null));
            }

            for (Probe probe : probes) {
                RequestSpecification spec = given().urlEncodingEnabled(probe.path == null || !probe.path.contains("%"));
                if (token != null) {
                    spec.auth().oauth2(token);
                }
                headerParams.forEach(spec::header);
                queryParams.forEach(spec::queryParam);
                if (finalBodyType != null) {
                    spec.contentType(finalBodyType + (finalBodyType.startsWith("text/") ? "; charset=UTF-8" : ""));
                    if (body != null) {
                        spec.body(body.toString());
                    } else if (finalBodyType.contains("csv")) {
                        spec.body("familyName,givenName\nEssai,Odile\n");
                    } else {
                        spec.body(new byte[] {1, 2, 3});
                    }
                }
                probe.spec.accept(spec);
                String path = probe.path != null ? probe.path : expand(template, pathParams);
                Response response;
                try {
                    response = spec.when().request(method.toUpperCase(Locale.ROOT), path);
                } catch (Exception e) {
                    failures.add(method.toUpperCase(Locale.ROOT) + " " + template + " [" + probe.label + "]: request failed: " + e);
                    continue;
                }
                requests++;
                if (probe.label.equals("plain request")) {
                    plain.add(method.toUpperCase(Locale.ROOT) + " " + template + " " + response.statusCode()
                            + (response.statusCode() == 400 ? " " + abbreviate(response.jsonPath().getString("detail")) : ""));
                }
                check(method, template, op, probe, response);
            }
        }

        private void check(String method, String template, JsonNode op, Probe probe, Response response) {
            String where = method.toUpperCase(Locale.ROOT) + " " + template + " [" + probe.label + "] -> " + response.statusCode();
            int status = response.statusCode();
            JsonNode declared = op.path("responses");
            String contentType = response.contentType() == null ? "" : response.contentType();
            if (status >= 500) {
                failures.add(where + ": server error " + abbreviate(response.asString()));
                return;
            }
            if (!declared.has(String.valueOf(status)) && !declared.has("default")) {
                failures.add(where + ": status not declared by the contract (declared: " + iterable(declared.fieldNames()) + ")");
            }
            if (status >= 400) {
                if (!contentType.startsWith("application/problem+json")) {
                    failures.add(where + ": error without a problem body (Content-Type '" + contentType + "')");
                }
                return;
            }
            if (probe.mustRefuse && status < 300 && !refusedInBody(method, template, response)) {
                failures.add(where + ": accepted a request that must be refused");
            }
            JsonNode media = declared.path(String.valueOf(status)).path("content");
            String body = response.asString();
            if (status == 204 || body.isEmpty()) {
                return;
            }
            if (media.isMissingNode() || !media.fieldNames().hasNext()) {
                failures.add(where + ": a " + status + " body of type '" + contentType + "' the contract does not declare");
                return;
            }
            String baseType = contentType.split(";")[0].trim();
            if (!media.has(baseType)) {
                failures.add(where + ": Content-Type '" + baseType + "' not declared (declared: " + iterable(media.fieldNames()) + ")");
                return;
            }
            if (baseType.endsWith("json") && media.path(baseType).has("schema")) {
                validate(where, media.path(baseType).path("schema"), body);
            }
        }

        private void validate(String where, JsonNode schema, String body) {
            ObjectNode document = schema.deepCopy();
            document.set("components", contract.path("components"));
            JsonSchema validator = schemas.getSchema(document);
            validated++;
            try {
                Set<ValidationMessage> messages = validator.validate(JSON.readTree(body));
                if (!messages.isEmpty()) {
                    failures.add(where + ": body breaks the declared schema: " + abbreviate(messages.toString()));
                }
            } catch (IOException e) {
                failures.add(where + ": body is not JSON: " + abbreviate(body));
            }
        }

        /** Hostile variants of each field of the body, one field at a time; the flag says whether it must be refused. */
        private void fieldVariants(String prefix, JsonNode schema, JsonNode value, JsonNode root, List<Probe> probes, int depth) {
            schema = resolve(schema);
            if (depth > 3 || value == null) {
                return;
            }
            if (value.isObject()) {
                Set<String> required = new java.util.HashSet<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                Iterator<String> names = value.fieldNames();
                while (names.hasNext()) {
                    String name = names.next();
                    String fieldPath = prefix.isEmpty() ? name : prefix + "." + name;
                    JsonNode fieldSchema = resolve(schema.path("properties").path(name));
                    if (required.contains(name)) {
                        probes.add(bodyProbe("missing " + fieldPath, true, root, fieldPath, null));
                    }
                    for (Map.Entry<JsonNode, Boolean> v : valueVariants(fieldSchema).entrySet()) {
                        probes.add(bodyProbe(fieldPath + "=" + printable(v.getKey().toString()), v.getValue(), root, fieldPath, v.getKey()));
                    }
                    fieldVariants(fieldPath, fieldSchema, value.get(name), root, probes, depth + 1);
                }
            } else if (value.isArray() && !value.isEmpty()) {
                fieldVariants(prefix + "[0]", resolve(schema.path("items")), value.get(0), root, probes, depth + 1);
            }
        }

        private Probe bodyProbe(String label, boolean mustRefuse, JsonNode root, String fieldPath, JsonNode replacement) {
            JsonNode copy = root.deepCopy();
            set(copy, fieldPath, replacement);
            String text = copy.toString();
            return new Probe("body " + label, mustRefuse, spec -> spec.body(text), null);
        }

        private Map<JsonNode, Boolean> valueVariants(JsonNode schema) {
            Map<JsonNode, Boolean> variants = new LinkedHashMap<>();
            String type = type(schema);
            switch (type) {
                case "string" -> {
                    variants.put(NODES.textNode("a\u0000b"), true);
                    variants.put(NODES.textNode("a\u001b[31mb\u0007"), true);
                    variants.put(NODES.numberNode(12345), true);
                    variants.put(NODES.booleanNode(true), true);
                    variants.put(NODES.textNode(HUGE), schema.has("maxLength"));
                    if (schema.has("enum")) {
                        variants.put(NODES.textNode("MARTIAN"), true);
                    }
                    String format = schema.path("format").asText();
                    if (format.startsWith("date") || format.contains("time")) {
                        variants.put(NODES.textNode("2026-13-45T25:61"), true);
                    }
                    if (format.equals("uuid")) {
                        variants.put(NODES.textNode("not-a-uuid"), true);
                    }
                }
                case "integer" -> {
                    variants.put(NODES.numberNode(1.5), true);
                    variants.put(NODES.textNode("12"), true);
                    variants.put(NODES.numberNode(new java.math.BigInteger("99999999999999999999")), true);
                    variants.put(NODES.numberNode(Integer.MIN_VALUE), schema.has("minimum"));
                    variants.put(NODES.booleanNode(true), true);
                }
                case "number" -> {
                    variants.put(NODES.textNode("1.5"), true);
                    variants.put(NODES.numberNode(-1e308), schema.has("minimum"));
                }
                case "boolean" -> {
                    variants.put(NODES.numberNode(2), true);
                    variants.put(NODES.textNode("maybe"), true);
                }
                case "array" -> {
                    ArrayNode withNull = NODES.arrayNode();
                    withNull.addNull();
                    variants.put(withNull, true);
                    variants.put(NODES.textNode("not a list"), true);
                }
                case "object" -> variants.put(NODES.textNode("not an object"), true);
                default -> {
                }
            }
            return variants;
        }

        /** Hostile values of a path or query parameter; the flag says whether it must be refused. */
        private Map<String, Boolean> parameterVariants(JsonNode schema, boolean inPath) {
            Map<String, Boolean> variants = new LinkedHashMap<>();
            if (inPath) {
                // Sent as written: the percent-encoded NUL and ESC, and bytes that are not UTF-8.
                variants.put("x%00y", true);
                variants.put("x%1By", true);
                variants.put("x%C3%28y", true);
            } else {
                variants.put("x\u0000y", true);
                variants.put("x\u001by", true);
            }
            String type = type(schema);
            switch (type) {
                case "integer" -> {
                    variants.put("abc", true);
                    variants.put("1.5", true);
                    variants.put("99999999999", true);
                    variants.put("2147483647", schema.has("maximum"));
                    variants.put("-1", schema.has("minimum"));
                }
                case "boolean" -> variants.put("maybe", true);
                case "string" -> {
                    variants.put("z".repeat(3000), schema.has("maxLength"));
                    if (schema.has("enum")) {
                        variants.put("MARTIAN", true);
                    }
                    String format = schema.path("format").asText();
                    if (format.startsWith("date") || format.contains("time")) {
                        variants.put("2026-13-45", true);
                    }
                    if (format.equals("uuid")) {
                        variants.put("not-a-uuid", true);
                    }
                }
                default -> {
                }
            }
            return variants;
        }

        /** A value the schema describes, as plausible as the schema lets us make it. */
        private JsonNode sample(JsonNode schema) {
            return sample(schema, 0, "");
        }

        private JsonNode sample(JsonNode schema, int depth, String name) {
            schema = resolve(schema);
            if (schema.has("example")) {
                return schema.get("example");
            }
            if (schema.has("default")) {
                return schema.get("default");
            }
            if (schema.has("enum") && !schema.get("enum").isEmpty()) {
                return schema.get("enum").get(0);
            }
            for (String combinator : List.of("oneOf", "anyOf", "allOf")) {
                if (schema.has(combinator) && !schema.get(combinator).isEmpty()) {
                    return sample(schema.get(combinator).get(0), depth, name);
                }
            }
            switch (type(schema)) {
                case "object" -> {
                    ObjectNode object = NODES.objectNode();
                    if (depth < 5) {
                        schema.path("properties").fields().forEachRemaining(f -> {
                            if (!f.getValue().path("readOnly").asBoolean()) {
                                object.set(f.getKey(), sample(f.getValue(), depth + 1, f.getKey()));
                            }
                        });
                    }
                    return object;
                }
                case "array" -> {
                    ArrayNode array = NODES.arrayNode();
                    int count = Math.max(1, schema.path("minItems").asInt(1));
                    for (int i = 0; i < count && depth < 5; i++) {
                        array.add(sample(schema.path("items"), depth + 1, name));
                    }
                    return array;
                }
                case "integer", "number" -> {
                    long min = schema.has("minimum") ? schema.get("minimum").asLong() : 1;
                    long max = schema.has("maximum") ? schema.get("maximum").asLong() : Long.MAX_VALUE;
                    return NODES.numberNode(Math.min(Math.max(min, 1), max));
                }
                case "boolean" -> {
                    return NODES.booleanNode(false);
                }
                default -> {
                    return NODES.textNode(sampleString(schema, name));
                }
            }
        }

        private String sampleString(JsonNode schema, String name) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.contains("email")) {
                return "essai-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            }
            if (lower.endsWith("zone")) {
                return "Europe/Paris";
            }
            if (pathValues().containsKey(name)) {
                return pathValues().get(name);
            }
            String format = schema.path("format").asText();
            switch (format) {
                case "date":
                    return "2026-05-20";
                case "date-time":
                    return "2026-05-20T09:30:00+02:00";
                case "uuid":
                    return "00000000-0000-4000-8000-000000000001";
                case "email":
                    return "someone@example.org";
                case "uri":
                    return "https://example.org/fictive";
                default:
                    break;
            }
            int min = schema.path("minLength").asInt(0);
            if (schema.has("pattern")) {
                Pattern pattern = Pattern.compile(schema.get("pattern").asText());
                for (String candidate : STRING_CANDIDATES) {
                    if (pattern.matcher(candidate).matches() && candidate.length() >= min) {
                        return candidate;
                    }
                }
            }
            return min > 3 ? "a".repeat(min) : "Essai";
        }

        private String type(JsonNode schema) {
            JsonNode type = schema.path("type");
            if (type.isArray()) {
                for (JsonNode t : type) {
                    if (!t.asText().equals("null")) {
                        return t.asText();
                    }
                }
            }
            if (type.isTextual()) {
                return type.asText();
            }
            return schema.has("properties") ? "object" : "";
        }

        private JsonNode resolve(JsonNode schema) {
            for (int i = 0; i < 10 && schema.has("$ref"); i++) {
                String ref = schema.get("$ref").asText();
                schema = contract.at(ref.substring(1));
            }
            return schema;
        }

        private JsonNode set(JsonNode root, String fieldPath, JsonNode replacement) {
            String[] parts = fieldPath.split("\\.");
            JsonNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                node = step(node, parts[i]);
            }
            String last = parts[parts.length - 1];
            if (last.endsWith("[0]")) {
                node = step(node, last.substring(0, last.length() - 3));
                ((ArrayNode) node).set(0, replacement);
            } else if (replacement == null) {
                ((ObjectNode) node).remove(last);
            } else {
                ((ObjectNode) node).set(last, replacement);
            }
            return root;
        }

        private JsonNode step(JsonNode node, String part) {
            return part.endsWith("[0]") ? node.get(part.substring(0, part.length() - 3)).get(0) : node.get(part);
        }
    }

    private static String forged(String token) {
        return token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmVkIGJ5IG5vYm9keQ";
    }

    private static String expand(String template, Map<String, String> values) {
        String path = template;
        for (Map.Entry<String, String> v : values.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", v.getValue());
        }
        return path;
    }

    private static String printable(String value) {
        String shown = value.length() > 40 ? value.substring(0, 20) + "...(" + value.length() + " chars)" : value;
        return shown.replace("\u0000", "\\u0000").replace("\u001b", "\\u001b").replace("\u0007", "\\u0007");
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    private static String iterable(Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        return String.join(", ", list);
    }
}
