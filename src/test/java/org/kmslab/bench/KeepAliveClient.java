package org.kmslab.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 keep-alive connection that sends the same AWS JSON 1.1 call again and again and reads each answer by
 * its {@code Content-Length}: the cheapest client there is, so that a measurement of the server is not a
 * measurement of the client.
 */
final class KeepAliveClient implements AutoCloseable {

    private final int port;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    KeepAliveClient(int port) throws IOException {
        this.port = port;
        connect();
    }

    /** A new connection: at the start, and when the server closed the last one (Tomcat does every 100 requests). */
    private void connect() throws IOException {
        if (socket != null) {
            socket.close();
        }
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
        socket.setSoTimeout(30_000);
        out = socket.getOutputStream();
        in = new BufferedInputStream(socket.getInputStream(), 16384);
    }

    /** The bytes of one request to {@code operation} with {@code body}, signed as the wrk script signs them. */
    static byte[] request(int port, String operation, String body) {
        byte[] json = body.getBytes(StandardCharsets.UTF_8);
        String head = "POST / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/x-amz-json-1.1\r\nX-Amz-Target: TrentService." + operation + "\r\n"
                + "X-Amz-Date: 20260101T000000Z\r\n"
                + "Authorization: AWS4-HMAC-SHA256 Credential=AKIABENCHWRK00000000/20260101/us-east-1/kms/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64) + "\r\n"
                + "Content-Length: " + json.length + "\r\n\r\n";
        byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[headBytes.length + json.length];
        System.arraycopy(headBytes, 0, all, 0, headBytes.length);
        System.arraycopy(json, 0, all, headBytes.length, json.length);
        return all;
    }

    /** The status and body of one answer. */
    record Answer(int status, String body) {
    }

    /** Sends {@code request} and reads its answer. */
    Answer send(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        String status = line();
        int length = 0;
        boolean closing = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            String lower = header.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(header.substring(15).trim());
            } else if (lower.startsWith("connection:") && lower.contains("close")) {
                closing = true;
            }
        }
        Answer answer = new Answer(Integer.parseInt(status.substring(9, 12)),
                new String(in.readNBytes(length), StandardCharsets.UTF_8));
        if (closing) {
            connect();
        }
        return answer;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("connection closed mid-answer");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
