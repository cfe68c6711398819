package dev.interlinear.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import org.java_websocket.WebSocket;
import org.java_websocket.exceptions.WebsocketNotConnectedException;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake gateway: a WebSocket server that sends HELLO, answers IDENTIFY with READY and GUILD_CREATE, RESUME with
 * RESUMED (or INVALID_SESSION for an unknown session), heartbeats with HEARTBEAT_ACK, and dispatches events with
 * increasing sequence numbers. Events dispatched while no session is live are queued and sent once one is.
 *
 * <p>Supports {@code compress=zlib-stream} (JDA's default) with one shared deflate stream per connection, flushed
 * with SYNC_FLUSH after each payload, and uncompressed JSON text frames. Only {@code encoding=json}.
 */
final class FakeGateway extends WebSocketServer {

    private static final Logger LOG = LoggerFactory.getLogger(FakeGateway.class);
    static final int HEARTBEAT_INTERVAL_MILLIS = 41_250;
    static final int ABNORMAL_CLOSURE = 1006;

    private final FakeWorld world;
    private final Payloads payloads;
    private final CountDownLatch started = new CountDownLatch(1);
    private final Object lock = new Object();
    private final Deque<ObjectNode> pending = new ArrayDeque<>();
    private final List<JsonNode> received = new ArrayList<>();

    // guarded by lock
    private WebSocket live;
    private String sessionId;
    private int sequence;
    private int identifies;
    private int resumes;
    private boolean held;
    /** Connections waiting for HELLO while the gateway is held, with what they sent meanwhile (handled later). */
    private final java.util.Map<WebSocket, List<String>> waitingForHello = new java.util.LinkedHashMap<>();

    FakeGateway(FakeWorld world, Payloads payloads) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.world = world;
        this.payloads = payloads;
        setReuseAddr(true);
        setDaemon(true);
        setConnectionLostTimeout(0);
    }

    void startAndWait() {
        start();
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The fake gateway did not start within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    /** Sends a dispatch (op 0) now if a session is live, else once one is. */
    void dispatch(String type, JsonNode data) {
        ObjectNode payload = Json.object();
        payload.put("op", 0);
        payload.put("t", type);
        payload.set("d", data);
        synchronized (lock) {
            if (live == null) {
                pending.add(payload);
            } else {
                sendSequenced(live, payload);
            }
        }
    }

    /**
     * Closes the live connection with a close code (e.g. 4000 to make JDA resume, 4004 for a bad token); 1006 drops
     * the TCP connection without a close frame, as a network failure does.
     */
    void closeLive(int code) {
        synchronized (lock) {
            if (live == null) {
                throw new IllegalStateException("No gateway session is live");
            }
            WebSocket socket = live;
            live = null;
            if (code == ABNORMAL_CLOSURE) {
                // 1006 is never sent in a close frame: it means the connection just ended, so end it without one.
                socket.closeConnection(code, "connection lost");
            } else {
                socket.close(code, "closed by the fake");
            }
        }
    }

    /** Sends RECONNECT (op 7) on the live connection; events are queued until the session is resumed. */
    void requestReconnect() {
        synchronized (lock) {
            if (live == null) {
                throw new IllegalStateException("No gateway session is live");
            }
            WebSocket socket = live;
            live = null;
            ObjectNode reconnect = Json.object().put("op", 7);
            reconnect.putNull("d");
            reconnect.putNull("s");
            reconnect.putNull("t");
            send(socket, reconnect);
        }
    }

    /** Invalidates the session, so that JDA's next RESUME is answered with INVALID_SESSION. */
    void forgetSession() {
        synchronized (lock) {
            sessionId = null;
        }
    }

    /** Connections opened from now on wait for {@link #release()} before they get HELLO. */
    void hold() {
        synchronized (lock) {
            held = true;
        }
    }

    void release() {
        synchronized (lock) {
            held = false;
            java.util.Map<WebSocket, List<String>> waiting = new java.util.LinkedHashMap<>(waitingForHello);
            waitingForHello.clear();
            waiting.forEach((socket, backlog) -> {
                sendHello(socket);
                backlog.forEach(message -> onMessage(socket, message));
            });
        }
    }

    /** Waits until a session is live (READY or RESUMED sent); false when none is within the timeout. */
    boolean awaitLive(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lock) {
            while (live == null) {
                long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
                if (remainingMillis <= 0) {
                    return false;
                }
                try {
                    lock.wait(remainingMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    boolean isLive() {
        synchronized (lock) {
            return live != null;
        }
    }

    int identifies() {
        synchronized (lock) {
            return identifies;
        }
    }

    int resumes() {
        synchronized (lock) {
            return resumes;
        }
    }

    List<JsonNode> received() {
        synchronized (lock) {
            return List.copyOf(received);
        }
    }

    // ---------------------------------------------------------------- WebSocketServer

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        String resource = handshake.getResourceDescriptor();
        LOG.debug("gateway: connection {}", resource);
        Connection connection = new Connection(resource.contains("compress=zlib-stream"));
        socket.setAttachment(connection);
        synchronized (lock) {
            if (held) {
                waitingForHello.put(socket, new ArrayList<>());
                return;
            }
        }
        sendHello(socket);
    }

    private void sendHello(WebSocket socket) {
        ObjectNode hello = Json.object();
        hello.put("op", 10);
        hello.putNull("s");
        hello.putNull("t");
        hello.putObject("d").put("heartbeat_interval", HEARTBEAT_INTERVAL_MILLIS);
        send(socket, hello);
    }

    @Override
    public void onMessage(WebSocket socket, String message) {
        synchronized (lock) {
            List<String> backlog = waitingForHello.get(socket);
            if (backlog != null) {
                backlog.add(message); // JDA sends IDENTIFY or RESUME without waiting for HELLO
                return;
            }
        }
        JsonNode payload = Json.parse(message);
        LOG.debug("gateway <- {}", abbreviate(message));
        int op = payload.path("op").asInt(-1);
        JsonNode d = payload.path("d");
        synchronized (lock) {
            received.add(payload);
            switch (op) {
                case 1 -> send(socket, Json.object().put("op", 11));
                case 2 -> identify(socket, d);
                case 6 -> resume(socket, d);
                default -> {
                    // presence updates (3), voice state (4), member chunk requests (8): accepted and recorded
                }
            }
        }
    }

    @Override
    public void onMessage(WebSocket socket, ByteBuffer message) {
        onMessage(socket, StandardCharsets.UTF_8.decode(message).toString());
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        LOG.debug("gateway: closed {} {} by {}", code, reason, remote ? "client" : "fake");
        synchronized (lock) {
            if (live == socket) {
                live = null;
            }
            waitingForHello.remove(socket);
        }
        if (socket.getAttachment() instanceof Connection connection) {
            connection.close();
        }
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        LOG.debug("gateway: error", e);
    }

    // ---------------------------------------------------------------- protocol

    private void identify(WebSocket socket, JsonNode d) {
        if (!validToken(d.path("token").asText())) {
            socket.close(4004, "Authentication failed.");
            return;
        }
        identifies++;
        sessionId = Snowflakes.nextId() + "-fake-session";
        sequence = 0;
        live = socket;
        lock.notifyAll();
        ObjectNode ready = Json.object().put("op", 0).put("t", "READY");
        ready.set("d", payloads.ready(sessionId, url()));
        sendSequenced(socket, ready);
        ObjectNode guildCreate = Json.object().put("op", 0).put("t", "GUILD_CREATE");
        guildCreate.set("d", payloads.guildCreate());
        sendSequenced(socket, guildCreate);
        flushPending(socket);
    }

    private void resume(WebSocket socket, JsonNode d) {
        if (!validToken(d.path("token").asText())) {
            socket.close(4004, "Authentication failed.");
            return;
        }
        if (sessionId == null || !sessionId.equals(d.path("session_id").asText())) {
            ObjectNode invalid = Json.object().put("op", 9).put("d", false);
            invalid.putNull("s");
            invalid.putNull("t");
            send(socket, invalid);
            return;
        }
        resumes++;
        live = socket;
        lock.notifyAll();
        ObjectNode resumed = Json.object().put("op", 0).put("t", "RESUMED");
        resumed.putObject("d");
        sendSequenced(socket, resumed);
        flushPending(socket);
    }

    private boolean validToken(String token) {
        String bare = token.startsWith("Bot ") ? token.substring(4) : token;
        return bare.equals(world.token);
    }

    private void flushPending(WebSocket socket) {
        while (!pending.isEmpty()) {
            sendSequenced(socket, pending.poll());
        }
    }

    private void sendSequenced(WebSocket socket, ObjectNode payload) {
        payload.put("s", ++sequence);
        send(socket, payload);
    }

    private void send(WebSocket socket, ObjectNode payload) {
        String text = Json.write(payload);
        LOG.debug("gateway -> {}", abbreviate(text));
        if (!socket.isOpen()) {
            return;
        }
        Connection connection = (Connection) socket.getAttachment();
        try {
            if (connection != null && connection.zlib) {
                socket.send(connection.compress(text));
            } else {
                socket.send(text);
            }
        } catch (WebsocketNotConnectedException e) {
            LOG.debug("gateway: dropped a payload for a closed connection");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500) + "...";
    }

    /** Per-connection state: the shared zlib stream, when JDA asked for {@code compress=zlib-stream}. */
    private static final class Connection {
        final boolean zlib;
        private final Deflater deflater;
        private boolean ended;

        Connection(boolean zlib) {
            this.zlib = zlib;
            this.deflater = zlib ? new Deflater() : null;
        }

        synchronized byte[] compress(String text) {
            if (ended) {
                throw new WebsocketNotConnectedException();
            }
            deflater.setInput(text.getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            do {
                n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
            } while (n == buffer.length || !deflater.needsInput());
            return out.toByteArray();
        }

        synchronized void close() {
            if (deflater != null && !ended) {
                ended = true;
                deflater.end();
            }
        }
    }
}
