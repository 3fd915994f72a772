package org.assises.testsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Compares the OpenAPI document a running service serves with the contract committed in
 * {@code src/main/openapi/openapi.yaml}, which front-end and APCAE integrators read. With
 * {@code -Dassises.openapi.update=true} it rewrites the committed file instead.
 */
public final class OpenApiContract {

    /** Where each service commits its contract, relative to the module. */
    public static final Path COMMITTED = Path.of("src", "main", "openapi", "openapi.yaml");

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private OpenApiContract() {
    }

    /**
     * @return null when the served and committed contracts agree (or the file was just updated), else
     *         a message that says how they differ and how to update the file
     */
    public static String check(String module) throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("assises.openapi.update")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, served, StandardCharsets.UTF_8);
            return null;
        }
        String howTo = "If the API change is intended, update the committed contract with\n  ./mvnw -pl " + module
                + " test -Dtest=OpenApiContractTest -Dassises.openapi.update=true\nand commit " + module + "/" + COMMITTED;
        if (!Files.isRegularFile(COMMITTED)) {
            return "No committed OpenAPI contract at " + module + "/" + COMMITTED + ".\n" + howTo;
        }
        JsonNode committed = YAML.readTree(Files.readString(COMMITTED, StandardCharsets.UTF_8));
        JsonNode current = YAML.readTree(served);
        if (committed.equals(current)) {
            return null;
        }
        return "The OpenAPI document served by " + module + " differs from the committed " + COMMITTED
                + " (first difference: " + firstDifference("", committed, current) + ").\n" + howTo;
    }

    private static String firstDifference(String path, JsonNode expected, JsonNode actual) {
        if (expected == null || actual == null || expected.getNodeType() != actual.getNodeType() || expected.isValueNode()) {
            return (path.isEmpty() ? "/" : path) + ": committed " + expected + ", served " + actual;
        }
        if (expected.isObject()) {
            var names = new java.util.TreeSet<String>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (!java.util.Objects.equals(expected.get(name), actual.get(name))) {
                    return firstDifference(path + "/" + name, expected.get(name), actual.get(name));
                }
            }
        } else {
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                if (!java.util.Objects.equals(expected.get(i), actual.get(i))) {
                    return firstDifference(path + "/" + i, expected.get(i), actual.get(i));
                }
            }
        }
        return path;
    }
}
