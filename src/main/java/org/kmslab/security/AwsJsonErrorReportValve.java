package org.kmslab.security;

import java.io.IOException;
import java.io.Writer;
import java.util.UUID;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Replaces Tomcat's HTML error page (which also names the server and its version) with an AWS-shaped JSON error for
 * the requests Tomcat refuses itself, before any filter can answer: a header section over the size limit, a
 * malformed request line or URI. AWS clients read {@code __type}; browsers never get here in normal use.
 */
public class AwsJsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String type = switch (status) {
            case 404, 405 -> "UnknownOperationException";
            case 413 -> "RequestEntityTooLargeException";
            default -> status >= 500 ? "KMSInternalException" : "ValidationException";
        };
        String message = status >= 500 ? "An internal error occurred."
                : "The HTTP request could not be read (status " + status + ").";
        try {
            response.setContentType("application/x-amz-json-1.1");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("x-amzn-RequestId", UUID.randomUUID().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The connection is gone or the answer already started; nothing more can be said.
        }
    }
}
