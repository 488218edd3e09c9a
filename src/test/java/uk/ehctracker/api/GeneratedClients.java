package uk.ehctracker.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import uk.ehctracker.client.ApiException;
import uk.ehctracker.client.model.Problem;
import uk.ehctracker.testing.Http;

/**
 * The Java client generated from docs/openapi.json (pom.xml: openapi-generator, library {@code native}), set up as an
 * integrator sets it up: the server's address, and HTTP Basic through the client's request interceptor (the native
 * library has no authentication of its own). Its {@link HttpClient} checks every exchange against the document, as
 * {@link ApiClient}'s does ({@link Contract}), so the generated client's calls count towards the contract's coverage too.
 */
final class GeneratedClients {

    private final int port;

    GeneratedClients(int port) {
        this.port = port;
    }

    /** A client signed in as a demo user (the password is the username), or with no credentials as {@link ApiClient#ANONYMOUS}. */
    uk.ehctracker.client.ApiClient as(String user) {
        return as(user, user, request -> { });
    }

    /** A client signed in with this password, each request then changed by {@code more} (a header of the test's choosing). */
    uk.ehctracker.client.ApiClient as(String user, String password, Consumer<HttpRequest.Builder> more) {
        uk.ehctracker.client.ApiClient client = new uk.ehctracker.client.ApiClient(new CheckedBuilder(port),
                uk.ehctracker.client.ApiClient.createDefaultObjectMapper(), "http://localhost:" + port);
        client.setRequestInterceptor(request -> {
            if (!ApiClient.ANONYMOUS.equals(user)) {
                request.setHeader("Authorization", Http.basic(user, password));
            }
            more.accept(request);
        });
        return client;
    }

    /** The problem details a refusal carries, read into the generated {@code Problem} model with the client's own mapper. */
    static Problem problem(ApiException refused) {
        try {
            return uk.ehctracker.client.ApiClient.createDefaultObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        } catch (IOException e) {
            throw new AssertionError("Not problem details (" + refused.getCode() + "): " + refused.getResponseBody(), e);
        }
    }

    /** Builds the checking client around the JDK's own, as the generated ApiClient asks for a builder. */
    private static final class CheckedBuilder implements HttpClient.Builder {

        private final HttpClient.Builder real = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10));
        private final int port;

        CheckedBuilder(int port) {
            this.port = port;
        }

        @Override
        public HttpClient.Builder cookieHandler(CookieHandler cookieHandler) {
            real.cookieHandler(cookieHandler);
            return this;
        }

        @Override
        public HttpClient.Builder connectTimeout(Duration duration) {
            real.connectTimeout(duration);
            return this;
        }

        @Override
        public HttpClient.Builder sslContext(SSLContext sslContext) {
            real.sslContext(sslContext);
            return this;
        }

        @Override
        public HttpClient.Builder sslParameters(SSLParameters sslParameters) {
            real.sslParameters(sslParameters);
            return this;
        }

        @Override
        public HttpClient.Builder executor(Executor executor) {
            real.executor(executor);
            return this;
        }

        @Override
        public HttpClient.Builder followRedirects(HttpClient.Redirect policy) {
            real.followRedirects(policy);
            return this;
        }

        @Override
        public HttpClient.Builder version(HttpClient.Version version) {
            real.version(version);
            return this;
        }

        @Override
        public HttpClient.Builder priority(int priority) {
            real.priority(priority);
            return this;
        }

        @Override
        public HttpClient.Builder proxy(ProxySelector proxySelector) {
            real.proxy(proxySelector);
            return this;
        }

        @Override
        public HttpClient.Builder authenticator(Authenticator authenticator) {
            real.authenticator(authenticator);
            return this;
        }

        @Override
        public HttpClient build() {
            return new Checked(real.build(), port);
        }
    }

    /**
     * Sends through the JDK's client, reading the request's body before it goes (the generated client streams an upload
     * through a pipe, which can be read only once) and the whole answer, has {@link Contract} judge the exchange, then
     * hands the answer to the generated client's body handler.
     */
    private static final class Checked extends HttpClient {

        private final HttpClient http;
        private final int port;

        Checked(HttpClient http, int port) {
            this.http = http;
            this.port = port;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) throws IOException, InterruptedException {
            byte[] body = request.bodyPublisher().map(Checked::bytes).orElse(null);
            HttpRequest sent = body == null ? request : HttpRequest.newBuilder(request, (name, value) -> true)
                    .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<byte[]> answer = http.send(sent, HttpResponse.BodyHandlers.ofByteArray());
            boolean session = sent.headers().firstValue("Cookie").isPresent();
            Contract.of(port).check(new Contract.Exchange(sent.method(), sent.uri(), sent.headers().map(), body, session,
                    answer.statusCode(), answer.headers().map(), answer.body()));
            return new Answered<>(answer, decoded(handler, answer));
        }

        private static byte[] bytes(HttpRequest.BodyPublisher publisher) {
            CompletableFuture<byte[]> read = new CompletableFuture<>();
            publisher.subscribe(new Flow.Subscriber<ByteBuffer>() {
                private final ByteArrayOutputStream out = new ByteArrayOutputStream();

                @Override
                public void onSubscribe(Flow.Subscription subscription) {
                    subscription.request(Long.MAX_VALUE);
                }

                @Override
                public void onNext(ByteBuffer item) {
                    byte[] chunk = new byte[item.remaining()];
                    item.get(chunk);
                    out.writeBytes(chunk);
                }

                @Override
                public void onError(Throwable throwable) {
                    read.completeExceptionally(throwable);
                }

                @Override
                public void onComplete() {
                    read.complete(out.toByteArray());
                }
            });
            try {
                return read.get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("The request's body could not be read", e);
            }
        }

        private static <T> T decoded(HttpResponse.BodyHandler<T> handler, HttpResponse<byte[]> answer) throws IOException {
            HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
                @Override
                public int statusCode() {
                    return answer.statusCode();
                }

                @Override
                public HttpHeaders headers() {
                    return answer.headers();
                }

                @Override
                public HttpClient.Version version() {
                    return answer.version();
                }
            });
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onNext(List.of(ByteBuffer.wrap(answer.body())));
            subscriber.onComplete();
            try {
                return subscriber.getBody().toCompletableFuture().get(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IOException("The answer's body could not be handed over", e);
            }
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            throw new UnsupportedOperationException("The tests use the generated client's synchronous calls");
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
                HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
            throw new UnsupportedOperationException("The tests use the generated client's synchronous calls");
        }

        @Override
        public Optional<CookieHandler> cookieHandler() {
            return http.cookieHandler();
        }

        @Override
        public Optional<Duration> connectTimeout() {
            return http.connectTimeout();
        }

        @Override
        public HttpClient.Redirect followRedirects() {
            return http.followRedirects();
        }

        @Override
        public Optional<ProxySelector> proxy() {
            return http.proxy();
        }

        @Override
        public SSLContext sslContext() {
            return http.sslContext();
        }

        @Override
        public SSLParameters sslParameters() {
            return http.sslParameters();
        }

        @Override
        public Optional<Authenticator> authenticator() {
            return http.authenticator();
        }

        @Override
        public HttpClient.Version version() {
            return http.version();
        }

        @Override
        public Optional<Executor> executor() {
            return http.executor();
        }
    }

    /** The JDK's answer, with the body as the generated client's handler made it. */
    private record Answered<T>(HttpResponse<byte[]> answer, T body) implements HttpResponse<T> {

        @Override
        public int statusCode() {
            return answer.statusCode();
        }

        @Override
        public HttpRequest request() {
            return answer.request();
        }

        @Override
        public Optional<HttpResponse<T>> previousResponse() {
            return Optional.empty();
        }

        @Override
        public HttpHeaders headers() {
            return answer.headers();
        }

        @Override
        public Optional<SSLSession> sslSession() {
            return answer.sslSession();
        }

        @Override
        public URI uri() {
            return answer.uri();
        }

        @Override
        public HttpClient.Version version() {
            return answer.version();
        }
    }
}
