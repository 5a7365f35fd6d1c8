package london.sanctuary.platform.test;

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
 * A TCP proxy on a free local port in front of a server, to make the server unreachable and reachable
 * again while its data stays intact: {@link #cut()} drops every open connection and refuses new ones
 * (as a network partition seen by the client), {@link #restore()} lets connections through again.
 */
public final class CuttableLink implements AutoCloseable {

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private CuttableLink(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accepting = new Thread(this::accept, "cuttable-link-" + listener.getLocalPort());
        accepting.setDaemon(true);
        accepting.start();
    }

    /** A link to {@code host:port}, open. */
    public static CuttableLink to(String host, int port) {
        try {
            return new CuttableLink(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** The server is unreachable through the link from now on, open connections included. */
    public void cut() {
        cut = true;
        open.forEach(CuttableLink::closeQuietly);
        open.clear();
    }

    public void restore() {
        cut = false;
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(target.getAddress(), target.getPort());
                open.add(client);
                open.add(server);
                pipe(client, server);
                pipe(server, client);
            } catch (IOException e) {
                // the listener closed, or the server refused: the client sees its connection fail
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread copying = new Thread(
                () -> {
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        in.transferTo(out);
                    } catch (IOException e) {
                        // one side went away (or was cut); the other is closed below
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "cuttable-link-pipe");
        copying.setDaemon(true);
        copying.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
