package org.fengqiao.notify;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

/** A group robot on 127.0.0.1 that records what it is sent and fails the first {@code failures} posts of each message. */
class RobotStub implements AutoCloseable {

    final List<String> received = new CopyOnWriteArrayList<>();
    private final int failures;
    private final java.util.Map<String, AtomicInteger> tries = new java.util.concurrent.ConcurrentHashMap<>();
    private final HttpServer server;

    RobotStub(int failures, String answer) throws IOException {
        this.failures = failures;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/robot/send", exchange -> {
            String sent = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(sent);
            boolean fail = tries.computeIfAbsent(sent, k -> new AtomicInteger()).incrementAndGet() <= failures;
            byte[] body = (fail ? "{\"errcode\":500}" : answer).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(fail ? 500 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/robot/send?access_token=test";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
