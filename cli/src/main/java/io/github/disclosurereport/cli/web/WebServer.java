package io.github.disclosurereport.cli.web;

import io.github.disclosurereport.DisclosureReports;

import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * The web page's server: Jetty on one address and port, answering through {@link WebHandler}. Bound to the loopback
 * address unless told otherwise, so only the clerk's own machine reaches it.
 */
public final class WebServer implements AutoCloseable {

    /** The address {@code serve} binds to unless {@code --bind} says otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final Server server;
    private final URI uri;

    private WebServer(Server server, URI uri) {
        this.server = server;
        this.uri = uri;
    }

    /**
     * Starts a server.
     *
     * @param root   the configured root the API works with
     * @param bind   the address to listen on, e.g. {@value #LOOPBACK}
     * @param port   the port, or 0 for any free one
     * @param limits upload limits
     * @param debug  print stack traces of internal errors to {@code log}
     * @param log    where internal errors are printed
     * @return the running server
     * @throws PortInUseException when the port is taken
     * @throws IOException        when the address is unknown or the server cannot start
     */
    public static WebServer start(DisclosureReports root, String bind, int port, WebLimits limits, boolean debug,
                                  PrintStream log) throws IOException {
        InetAddress address = InetAddress.getByName(bind);
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("dr-web");
        threads.setDaemon(true);
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostAddress());
        connector.setPort(port);
        connector.setIdleTimeout(120_000); // a large legacy .doc on a slow office PC may take a while to answer
        server.addConnector(connector);
        Set<String> hosts = address.isLoopbackAddress() ? LOOPBACK_NAMES : Set.of();
        server.setHandler(new WebHandler(new ApiActions(root), limits, hosts, debug, log));
        server.setErrorHandler(WebHandler::jettyError);
        server.setStopAtShutdown(true);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException) {
                    throw new PortInUseException(port);
                }
            }
            throw e instanceof IOException io ? io : new IOException(e.getMessage(), e);
        }
        String host = address.isAnyLocalAddress() ? LOOPBACK : address.getHostAddress();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return new WebServer(server, URI.create("http://" + host + ":" + connector.getLocalPort() + "/"));
    }

    /** {@return the page's address, e.g. http://127.0.0.1:8080/} */
    public URI uri() {
        return uri;
    }

    /**
     * Waits until the server stops (Ctrl+C stops it).
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops the server. */
    @Override
    public void close() {
        stopQuietly(server);
    }

    /**
     * Whether an address is this machine's own (loopback), so that binding to it needs no warning.
     *
     * @param bind the address as given
     * @return true for 127.0.0.1, ::1, localhost
     * @throws UnknownHostException when the name cannot be resolved
     */
    public static boolean isLoopback(String bind) throws UnknownHostException {
        return InetAddress.getByName(bind).isLoopbackAddress();
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception e) {
            // stopping is best effort: the JVM is about to end or the server never started
        }
    }

    /** The port is taken, most likely by a page already running. */
    public static final class PortInUseException extends IOException {

        private static final long serialVersionUID = 1L;

        PortInUseException(int port) {
            super("端口 " + port + " 已被占用（网页版可能已在运行：请直接打开 http://127.0.0.1:" + port
                    + "/ ，或用 --port 换一个端口） / port " + port + " is in use (use --port)");
        }
    }
}
