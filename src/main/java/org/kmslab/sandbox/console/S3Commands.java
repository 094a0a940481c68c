package org.kmslab.sandbox.console;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kmslab.engine.Caller;
import org.kmslab.sandbox.services.ServiceException;
import org.kmslab.sandbox.services.SimulatedS3;
import org.kmslab.sandbox.services.SimulatedS3.ObjectInfo;
import org.kmslab.sandbox.services.WorkspaceException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code aws s3} (mb, ls, cp, rm) and, through {@link #api()}, {@code aws s3api} (create-bucket, list-buckets,
 * head-object, put-object, get-object, list-objects-v2, delete-object), over the sandbox's simulated S3. Local paths
 * are workspace files. SSE-KMS: {@code --sse aws:kms [--sse-kms-key-id <key>]} on {@code cp},
 * {@code --server-side-encryption aws:kms [--ssekms-key-id <key>]} on {@code put-object}.
 */
final class S3Commands implements CommandFamily {

    /** S3's limit on user-defined metadata, keys and values together. */
    static final int METADATA_LIMIT = 2048;
    private static final DateTimeFormatter LS_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'+00:00'")
            .withZone(ZoneOffset.UTC);
    private static final CliArgs.Spec SPEC = new CliArgs.Spec(Set.of("recursive", "dryrun", "quiet"), Set.of(),
            Set.of("sse"));
    private static final CliArgs.Spec API_SPEC = CliArgs.Spec.of(Set.of(), Set.of());

    @Override
    public ConsoleResult run(String line, List<String> words, ConsoleSession session) {
        CliArgs args;
        try {
            args = CliArgs.parse("aws s3", words, SPEC);
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        }
        String operation = null;
        try {
            SimulatedS3 s3 = session.services().s3();
            Caller caller = session.caller(args.profile());
            switch (args.command()) {
                case "mb" -> {
                    operation = "CreateBucket";
                    args.allowOnly(Set.of()).maxPositionals(1);
                    String bucket = bucketOnly(positional(args, 0, "path"));
                    s3.createBucket(bucket, session.region(args.region()));
                    return text(line, operation, "make_bucket: " + bucket, Output.object().put("Bucket", bucket));
                }
                case "ls" -> {
                    operation = args.positionals().isEmpty() ? "ListBuckets" : "ListObjectsV2";
                    args.allowOnly(Set.of("recursive")).maxPositionals(1);
                    return ls(line, args, s3);
                }
                case "cp" -> {
                    args.allowOnly(Set.of("sse", "sse-kms-key-id", "metadata", "content-type", "quiet"))
                            .maxPositionals(2);
                    String from = positional(args, 0, "paths");
                    String to = positional(args, 1, "paths");
                    operation = from.startsWith("s3://") ? "GetObject" : "PutObject";
                    return cp(line, args, from, to, caller, session);
                }
                case "rm" -> {
                    operation = "DeleteObject";
                    args.allowOnly(Set.of()).maxPositionals(1);
                    String uri = positional(args, 0, "paths");
                    String[] bk = objectUri(uri);
                    s3.deleteObject(bk[0], bk[1]);
                    return text(line, operation, "delete: " + uri, Output.object().put("Deleted", uri));
                }
                default -> throw new CliSyntaxException("aws s3: argument command: Invalid choice: '"
                        + args.command() + "'. This console supports: mb, ls, cp, rm.");
            }
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        } catch (ServiceException e) {
            return failed(line, operation, args, e);
        } catch (WorkspaceException e) {
            return Output.syntax(line, e.getMessage());
        }
    }

    private static ConsoleResult ls(String line, CliArgs args, SimulatedS3 s3) {
        StringBuilder out = new StringBuilder();
        ObjectNode result = Output.object();
        if (args.positionals().isEmpty()) {
            ArrayNode buckets = result.putArray("Buckets");
            s3.listBuckets().forEach((name, created) -> {
                out.append(LS_TIME.format(created)).append(' ').append(name).append('\n');
                buckets.addObject().put("Name", name).put("CreationDate", ISO.format(created));
            });
        } else {
            String uri = args.positionals().getFirst();
            String rest = stripScheme(uri);
            int slash = rest.indexOf('/');
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            String prefix = slash < 0 ? "" : rest.substring(slash + 1);
            ArrayNode contents = result.putArray("Contents");
            for (ObjectInfo o : s3.listObjects(bucket)) {
                if (o.key().startsWith(prefix)) {
                    out.append(LS_TIME.format(o.lastModified()))
                            .append(String.format(Locale.ROOT, " %10d ", o.contentLength())).append(o.key())
                            .append('\n');
                    contents.addObject().put("Key", o.key()).put("Size", o.contentLength());
                }
            }
        }
        return text(line, result.has("Buckets") ? "ListBuckets" : "ListObjectsV2", out.toString().stripTrailing(),
                result);
    }

    private static ConsoleResult cp(String line, CliArgs args, String from, String to, Caller caller,
            ConsoleSession session) {
        SimulatedS3 s3 = session.services().s3();
        if (from.startsWith("s3://") && to.startsWith("s3://")) {
            throw new CliSyntaxException("Copying between buckets is not simulated; download, then upload.");
        }
        if (from.startsWith("s3://")) {
            String[] bk = objectUri(from);
            String file = to.equals(".") || to.equals("./") ? bk[1].substring(bk[1].lastIndexOf('/') + 1) : to;
            byte[] body = s3.getObject(caller, bk[0], bk[1]);
            session.workspace().write(file, body);
            return text(line, "GetObject", "download: " + from + " to ./" + stripDot(file),
                    Output.object().put("Bucket", bk[0]).put("Key", bk[1]).put("File", stripDot(file))
                            .put("ContentLength", body.length));
        }
        if (!to.startsWith("s3://")) {
            throw new CliSyntaxException("Error: Invalid argument type: one of the paths must be an S3 URI "
                    + "(s3://bucket/key).");
        }
        String[] bk = uploadUri(to, from);
        String sse = args.options().containsKey("sse") ? (args.list("sse").isEmpty() ? "AES256" : args.value("sse"))
                : null;
        ObjectInfo info = s3.putObject(caller, bk[0], bk[1], session.workspace().read(from), sse,
                args.value("sse-kms-key-id"), metadata(args.value("metadata")), contentType(args, bk[1]));
        return text(line, "PutObject", "upload: ./" + stripDot(from) + " to s3://" + bk[0] + "/" + bk[1],
                headJson(info));
    }

    /** {@code aws s3api}. */
    CommandFamily api() {
        return (line, words, session) -> {
            CliArgs args;
            try {
                args = CliArgs.parse("aws s3api", words, API_SPEC);
            } catch (CliSyntaxException e) {
                return Output.syntax(line, e.getMessage());
            }
            String operation = AwsCliParser.pascal(args.command());
            try {
                return api(line, args, operation, session);
            } catch (CliSyntaxException | WorkspaceException e) {
                return Output.syntax(line, e.getMessage());
            } catch (ServiceException e) {
                return Output.error(line, operation, e.code(), e.getMessage());
            }
        };
    }

    private static ConsoleResult api(String line, CliArgs args, String operation, ConsoleSession session) {
        SimulatedS3 s3 = session.services().s3();
        Caller caller = session.caller(args.profile());
        switch (args.command()) {
            case "create-bucket" -> {
                args.allowOnly(Set.of("bucket", "create-bucket-configuration")).maxPositionals(0);
                String bucket = args.required("bucket");
                s3.createBucket(bucket, session.region(args.region()));
                return Output.json(line, operation, Output.object().put("Location", "/" + bucket), args);
            }
            case "list-buckets" -> {
                args.allowOnly(Set.of()).maxPositionals(0);
                ObjectNode result = Output.object();
                ArrayNode buckets = result.putArray("Buckets");
                s3.listBuckets().forEach((name, created) -> buckets.addObject().put("Name", name)
                        .put("CreationDate", ISO.format(created)));
                result.putObject("Owner").put("ID", session.sandbox().accountId());
                return Output.json(line, operation, result, args);
            }
            case "head-object" -> {
                args.allowOnly(Set.of("bucket", "key")).maxPositionals(0);
                try {
                    return Output.json(line, operation, headJson(s3.headObject(args.required("bucket"),
                            args.required("key"))), args);
                } catch (ServiceException e) {
                    // HeadObject has no body, so the AWS CLI shows only the HTTP status.
                    boolean missing = e.code().equals("NoSuchKey") || e.code().equals("NoSuchBucket");
                    throw missing ? new ServiceException("404", "Not Found") : e;
                }
            }
            case "put-object" -> {
                args.allowOnly(Set.of("bucket", "key", "body", "server-side-encryption", "ssekms-key-id",
                        "metadata", "content-type")).maxPositionals(0);
                String key = args.required("key");
                byte[] body = args.value("body") == null ? new byte[0] : session.workspace().read(args.value("body"));
                ObjectInfo info = s3.putObject(caller, args.required("bucket"), key, body,
                        args.value("server-side-encryption"), args.value("ssekms-key-id"),
                        metadata(args.value("metadata")), contentType(args, key));
                ObjectNode result = Output.object().put("ETag", info.etag())
                        .put("ServerSideEncryption", info.serverSideEncryption());
                if (info.kmsKeyArn() != null) {
                    result.put("SSEKMSKeyId", info.kmsKeyArn());
                }
                return Output.json(line, operation, result, args);
            }
            case "get-object" -> {
                args.allowOnly(Set.of("bucket", "key")).maxPositionals(1);
                String outfile = positional(args, 0, "outfile");
                String bucket = args.required("bucket");
                String key = args.required("key");
                byte[] body = s3.getObject(caller, bucket, key);
                session.workspace().write(outfile, body);
                return Output.json(line, operation, headJson(s3.headObject(bucket, key)), args);
            }
            case "list-objects-v2" -> {
                args.allowOnly(Set.of("bucket", "prefix")).maxPositionals(0);
                String prefix = args.value("prefix") == null ? "" : args.value("prefix");
                ObjectNode result = Output.object();
                ArrayNode contents = result.putArray("Contents");
                s3.listObjects(args.required("bucket")).stream().filter(o -> o.key().startsWith(prefix))
                        .forEach(o -> contents.addObject().put("Key", o.key())
                                .put("LastModified", ISO.format(o.lastModified())).put("ETag", o.etag())
                                .put("Size", o.contentLength()).put("StorageClass", "STANDARD"));
                result.put("KeyCount", contents.size());
                return Output.json(line, "ListObjectsV2", result, args);
            }
            case "delete-object" -> {
                args.allowOnly(Set.of("bucket", "key")).maxPositionals(0);
                s3.deleteObject(args.required("bucket"), args.required("key"));
                return new ConsoleResult(line, operation, "", Output.object(), null, null);
            }
            default -> throw new CliSyntaxException("aws s3api: argument operation: Invalid choice: '"
                    + args.command() + "'. This console supports: create-bucket, list-buckets, head-object, "
                    + "put-object, get-object, list-objects-v2, delete-object.");
        }
    }

    /** HeadObject's answer, in the AWS CLI's member order. */
    static ObjectNode headJson(ObjectInfo info) {
        ObjectNode o = Output.object();
        o.put("AcceptRanges", "bytes");
        o.put("LastModified", ISO.format(info.lastModified()));
        o.put("ContentLength", info.contentLength());
        o.put("ETag", info.etag());
        o.put("ContentType", info.contentType());
        o.put("ServerSideEncryption", info.serverSideEncryption());
        ObjectNode meta = o.putObject("Metadata");
        info.metadata().forEach(meta::put);
        if (info.kmsKeyArn() != null) {
            o.put("SSEKMSKeyId", info.kmsKeyArn());
        }
        return o;
    }

    /** {@code key=value,key2=value2} (split at the first '=' of each pair, so Base64 padding survives) or JSON. */
    static Map<String, String> metadata(String text) {
        Map<String, String> meta = new LinkedHashMap<>();
        if (text == null) {
            return meta;
        }
        if (text.strip().startsWith("{")) {
            JsonNode json = CliShapes.parseJson("Metadata", text);
            json.properties().forEach(e -> meta.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asString()));
        } else {
            for (String pair : text.split(",")) {
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new CliSyntaxException("Error parsing parameter '--metadata': Expected: '=', received: '"
                            + pair + "'");
                }
                meta.put(pair.substring(0, eq).strip().toLowerCase(Locale.ROOT), pair.substring(eq + 1));
            }
        }
        int size = meta.entrySet().stream().mapToInt(e -> e.getKey().length() + e.getValue().length()).sum();
        if (size > METADATA_LIMIT) {
            throw new ServiceException("MetadataTooLarge", "Your metadata headers exceed the maximum allowed "
                    + "metadata size.");
        }
        return meta;
    }

    private static String contentType(CliArgs args, String key) {
        if (args.value("content-type") != null) {
            return args.value("content-type");
        }
        String k = key.toLowerCase(Locale.ROOT);
        if (k.endsWith(".pdf")) {
            return "application/pdf";
        }
        if (k.endsWith(".csv")) {
            return "text/csv";
        }
        return k.endsWith(".txt") ? "text/plain" : "binary/octet-stream";
    }

    private static ConsoleResult failed(String line, String operation, CliArgs args, ServiceException e) {
        String op = operation == null ? "S3" : operation;
        String prefix = switch (args.command()) {
            case "mb" -> "make_bucket failed: " + args.positionals().getFirst() + " ";
            case "cp" -> (op.equals("GetObject") ? "download failed: " : "upload failed: ")
                    + String.join(" to ", args.positionals()) + " ";
            case "rm" -> "delete failed: " + args.positionals().getFirst() + " ";
            default -> "";
        };
        return new ConsoleResult(line, op, prefix + Output.errorLine(e.code(), op, e.getMessage()), null, e.code(),
                e.getMessage());
    }

    private static ConsoleResult text(String line, String operation, String output, JsonNode result) {
        return new ConsoleResult(line, operation, output, result, null, null);
    }

    private static String positional(CliArgs args, int index, String name) {
        if (args.positionals().size() <= index) {
            throw new CliSyntaxException("the following arguments are required: " + name);
        }
        return args.positionals().get(index);
    }

    private static String bucketOnly(String uri) {
        String rest = stripScheme(uri);
        return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
    }

    /** {@code s3://bucket/key} -> [bucket, key]. */
    private static String[] objectUri(String uri) {
        String rest = stripScheme(uri);
        int slash = rest.indexOf('/');
        if (slash <= 0 || slash == rest.length() - 1) {
            throw new CliSyntaxException("Expected an object URI such as s3://bucket/key, got " + uri);
        }
        return new String[] {rest.substring(0, slash), rest.substring(slash + 1)};
    }

    /** An upload to {@code s3://bucket/} or {@code s3://bucket} keeps the file's name, as the AWS CLI does. */
    private static String[] uploadUri(String uri, String localFile) {
        String rest = stripScheme(uri);
        int slash = rest.indexOf('/');
        if (slash < 0 || slash == rest.length() - 1) {
            String bucket = slash < 0 ? rest : rest.substring(0, slash);
            return new String[] {bucket, stripDot(localFile)};
        }
        return objectUri(uri);
    }

    private static String stripScheme(String uri) {
        if (!uri.startsWith("s3://")) {
            throw new CliSyntaxException("Expected an S3 URI such as s3://bucket, got " + uri);
        }
        return uri.substring("s3://".length());
    }

    private static String stripDot(String file) {
        return file.startsWith("./") ? file.substring(2) : file;
    }

    static String iso(Instant instant) {
        return ISO.format(instant);
    }
}
