package dev.corpora.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on a local port in front of a server, for tests of outages: {@link #cut()} closes every connection
 * through it and refuses new ones, as a broker that went away; {@link #restore()} accepts again on the same port;
 * {@link #stall()} keeps the connections open but holds back everything the server sends (a broker that stops
 * answering), until {@link #resume()}, {@link #cut()} or {@link #restore()}.
 */
public final class CuttableProxy implements AutoCloseable {
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final int port;
    private volatile ServerSocket listener;
    private Thread acceptor;
    private volatile boolean stalled;
    private volatile boolean closed;

    private CuttableProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.listener = listen(0);
        this.port = listener.getLocalPort();
        acceptOn(listener);
    }

    /** A proxy on a free local port, forwarding to {@code targetHost:targetPort}. */
    public static CuttableProxy to(String targetHost, int targetPort) {
        return new CuttableProxy(targetHost, targetPort);
    }

    /** The local port clients connect to. */
    public int port() {
        return port;
    }

    /** Closes every connection through the proxy and refuses new ones until {@link #restore()}. */
    public synchronized void cut() {
        stalled = false;
        ServerSocket current = listener;
        listener = null;
        closeQuietly(current);
        awaitAcceptor();
        sockets.forEach(CuttableProxy::closeQuietly);
        sockets.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void restore() {
        stalled = false;
        if (listener == null && !closed) {
            listener = listen(port);
            acceptOn(listener);
        }
    }

    /** Holds back everything the server sends on every connection, until {@link #resume()}. */
    public void stall() {
        stalled = true;
    }

    /** Passes on what the server sends again, what was held back first. */
    public void resume() {
        stalled = false;
    }

    @Override
    public synchronized void close() {
        closed = true;
        cut();
    }

    private void acceptOn(ServerSocket server) {
        acceptor = daemon("proxy-accept-" + port, () -> {
            while (!server.isClosed()) {
                try {
                    Socket client = server.accept();
                    if (listener == server) {
                        connect(client);
                    } else {
                        closeQuietly(client);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    /**
     * Waits until the accepting thread has left accept(). Until then the kernel may keep the closed listening
     * socket alive and complete connections to it (the JDK only pre-closes a socket a thread is blocked on);
     * afterwards the port refuses.
     */
    private void awaitAcceptor() {
        if (acceptor == null) {
            return;
        }
        try {
            acceptor.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        acceptor = null;
    }

    private void connect(Socket client) {
        sockets.add(client);
        Socket server = new Socket();
        sockets.add(server);
        try {
            server.connect(new InetSocketAddress(targetHost, targetPort), 5_000);
        } catch (IOException e) {
            closeQuietly(client);
            closeQuietly(server);
            return;
        }
        daemon("proxy-up-" + port, () -> pump(client, server, false));
        daemon("proxy-down-" + port, () -> pump(server, client, true));
    }

    private void pump(Socket from, Socket to, boolean fromServer) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                while (fromServer && stalled && !from.isClosed()) {
                    Thread.sleep(10);
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the connection ended, or the proxy was cut
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            sockets.remove(from);
            sockets.remove(to);
        }
    }

    private static ServerSocket listen(int port) {
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(LOOPBACK, port));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("the proxy cannot listen on port " + port, e);
        }
    }

    private static Thread daemon(String name, Runnable task) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // closing what is already broken
        }
    }
}
