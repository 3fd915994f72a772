package org.assises.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import org.assises.platform.security.TokenKeyGuard;
import org.assises.testsupport.DevTokens;

/**
 * The Kubernetes manifests quarkus-kubernetes generates when each service is packaged
 * ({@code <module>/target/kubernetes/kubernetes.yml}) agree with the service and with production:
 * probes, resources, configuration from ConfigMap and Secrets; and production refuses a missing or
 * development token key.
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("assises.root", "..")).toAbsolutePath().normalize();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return (List<Object>) o;
    }

    private static List<Map<String, Object>> manifests(ServiceProcess.Service service) throws IOException {
        Path file = ROOT.resolve(service.module).resolve("target/kubernetes/kubernetes.yml");
        assertThat(file).as("generated when " + service.module + " is packaged (./mvnw -pl local-stack -am verify)").isRegularFile();
        List<Map<String, Object>> documents = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file)) {
            for (Object document : new Yaml().loadAll(in)) {
                if (document != null) {
                    documents.add(map(document));
                }
            }
        }
        return documents;
    }

    private static Map<String, Object> ofKind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in the manifests"));
    }

    @Test
    void everyServiceHasDeploymentWithProbesResourcesConfigMapAndSecrets() throws IOException {
        for (ServiceProcess.Service service : ServiceProcess.Service.values()) {
            List<Map<String, Object>> documents = manifests(service);
            Map<String, Object> deployment = ofKind(documents, "Deployment");
            assertThat(map(deployment.get("metadata")).get("name")).isEqualTo(service.module);
            Map<String, Object> podSpec = map(map(map(deployment.get("spec")).get("template")).get("spec"));
            Map<String, Object> container = map(list(podSpec.get("containers")).get(0));

            assertThat(map(map(container.get("livenessProbe")).get("httpGet")))
                    .containsEntry("path", "/q/health/live").containsEntry("port", service.defaultPort);
            assertThat(map(map(container.get("readinessProbe")).get("httpGet")))
                    .containsEntry("path", "/q/health/ready").containsEntry("port", service.defaultPort);

            Map<String, Object> resources = map(container.get("resources"));
            assertThat(map(resources.get("limits"))).containsEntry("memory", "512Mi");
            assertThat(map(resources.get("requests"))).containsKey("memory").containsKey("cpu");
            List<Object> env = list(container.get("env"));
            assertThat(env).contains(Map.of("name", "JAVA_MAX_MEM_RATIO", "value", "70"),
                    Map.of("name", "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "value", "file:/keys/publicKey.pem"));
            assertThat(env.toString()).as("no secret value in a manifest").doesNotContain("PASSWORD");

            assertThat(list(container.get("envFrom"))).contains(
                    Map.of("configMapRef", Map.of("name", "assises-config")),
                    Map.of("secretRef", Map.of("name", "assises-secrets")));
            assertThat(list(container.get("volumeMounts"))).contains(Map.of("mountPath", "/keys", "name", "jwt-key", "readOnly", true));
            Map<String, Object> volume = map(list(podSpec.get("volumes")).get(0));
            assertThat(map(volume.get("secret"))).containsEntry("secretName", "assises-jwt-key");

            Map<String, Object> serviceObject = ofKind(documents, "Service");
            assertThat(list(map(serviceObject.get("spec")).get("ports")).toString()).contains("targetPort=" + service.defaultPort);
        }
    }

    @Test
    void productionRefusesNoKeyAndTheDevelopmentKeyUnlessTheLocalStackTrustsIt() {
        assertThat(TokenKeyGuard.refusal(Optional.empty(), false)).get().asString().contains("No token verification key");
        assertThat(TokenKeyGuard.refusal(Optional.of(" "), true)).get().asString().contains("No token verification key");
        assertThat(TokenKeyGuard.refusal(Optional.of(DevTokens.publicKeyPem()), false)).get().asString().contains("development key");
        assertThat(TokenKeyGuard.refusal(Optional.of(DevTokens.publicKeyPem()), true)).isEmpty();
        String anotherKey = """
                -----BEGIN PUBLIC KEY-----
                MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo
                -----END PUBLIC KEY-----
                """;
        assertThat(TokenKeyGuard.refusal(Optional.of(anotherKey), false)).isEmpty();
    }
}
