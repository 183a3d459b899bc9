package hk.cleanerproduction.adjudicator.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A plain HTTP client of the running service, as another system would call it (tests only). */
final class ServiceClient {

    static final String PASSWORD = "test-password"; // the test users' password (application-test.properties)

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final String password;

    ServiceClient(int port) {
        this(port, PASSWORD);
    }

    /** A client of a service whose users all have {@code password} (the local users of a service started apart). */
    ServiceClient(int port, String password) {
        this.port = port;
        this.password = password;
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET().build());
    }

    HttpResponse<byte[]> getBytes(String path, String user, String accept) {
        try {
            return http.send(request(path, user).header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> post(String path, String user, String json, String... headers) {
        HttpRequest.Builder request = request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", basic(user, password));
        }
        return request;
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
