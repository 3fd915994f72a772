package org.assises.platform.problem;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

/**
 * Which HTTP methods each resource path of the service declares, read once from the resource classes.
 * RESTEasy Reactive answers 404 rather than 405 when the path belongs to a class that has the method
 * only on another sub-path; with this table the problem mapper answers 405 with an Allow header.
 */
@ApplicationScoped
public class DeclaredMethods {

    private record Route(Pattern path, String method) {
    }

    private final BeanManager beans;
    private volatile List<Route> routes;

    public DeclaredMethods(BeanManager beans) {
        this.beans = beans;
    }

    /** The methods declared for this request path (empty when no resource has the path at all). */
    public Set<String> allowed(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Route route : routes()) {
            if (route.path.matcher(path).matches()) {
                allowed.add(route.method);
            }
        }
        return allowed;
    }

    private List<Route> routes() {
        List<Route> known = routes;
        if (known == null) {
            known = new ArrayList<>();
            for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
                Class<?> type = bean.getBeanClass();
                Path root = type.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : type.getMethods()) {
                    String verb = verb(method);
                    if (verb != null) {
                        Path sub = method.getAnnotation(Path.class);
                        known.add(new Route(template(root.value() + (sub == null ? "" : "/" + sub.value())), verb));
                    }
                }
            }
            routes = known;
        }
        return known;
    }

    private static String verb(Method method) {
        for (var annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** A path template ({@code /editions/{edition}/sessions}) as a pattern of the decoded request path. */
    private static Pattern template(String template) {
        String normalised = ("/" + template).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : normalised.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
