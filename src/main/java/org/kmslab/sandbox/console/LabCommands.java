package org.kmslab.sandbox.console;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.kmslab.sandbox.services.Aes256Gcm;
import org.kmslab.sandbox.services.Workspace;
import org.kmslab.sandbox.services.WorkspaceException;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code lab ...}: local helpers that stand in for the learner's own program or tools (OpenSSL, sha256sum). None of
 * them calls KMS, so none appears in the audit log. They work on the console's workspace files.
 */
final class LabCommands implements CommandFamily {

    private static final CliArgs.Spec SPEC = CliArgs.Spec.of(Set.of(), Set.of());
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The longest jump of the time machine: ten years, past every KMS window (deletion 30 days, rotation 2560). */
    static final int MAX_DAYS = 3650;
    private static final String HELP = """
            lab commands (local helpers: none of them calls KMS)
              lab ls                                          list the workspace files
              lab rm <file>                                   delete a file
              lab sha256 <file> [<file> ...]                  SHA-256 checksums
              lab encrypt-file --in <file> --out <file> --data-key <base64>
                                                              AES-256-GCM with a 32-byte data key
              lab decrypt-file --in <file> --out <file> --data-key <base64>
                                                              verify the tag, then decrypt
              lab discard-data-key                            forget and redact every plaintext data key shown
              lab generate-key-material --out <file> [--bytes 32]
              lab wrap-key-material --in <file> --public-key <base64> --wrapping-algorithm <alg> --out <file>
              lab save-base64 --text <base64> --out <file>   save a Base64 value (an ImportToken...) as bytes
              lab date [--add-days N]                         the sandbox clock, e.g. for --valid-to
              lab time-travel --days N | --minutes N          move the sandbox clock forward (days 1-3650, minutes 1-1440)
              lab solution                                    (in a lesson) show this step's reference solution
            """ + KeyStoreLabCommands.HELP + """

            Blob options of aws kms read files with fileb://<file>.""";

    @Override
    public ConsoleResult run(String line, List<String> words, ConsoleSession session) {
        CliArgs args;
        try {
            args = CliArgs.parse("lab", words.isEmpty() ? List.of("help") : words, SPEC);
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        }
        String command = args.command();
        try {
            return switch (command) {
                case "help" -> done(line, command, HELP, Output.object());
                case "ls" -> ls(line, args.allowOnly(Set.of()).maxPositionals(0), session.workspace());
                case "rm" -> {
                    args.allowOnly(Set.of()).maxPositionals(1);
                    session.workspace().delete(positional(args));
                    yield done(line, command, "removed " + positional(args), Output.object());
                }
                case "sha256" -> sha256(line, args.allowOnly(Set.of()), session.workspace());
                case "encrypt-file", "decrypt-file" -> crypt(line, args, session, command.startsWith("encrypt"));
                case "discard-data-key" -> discard(line, args.allowOnly(Set.of()).maxPositionals(0), session);
                case "generate-key-material" -> generate(line, args, session.workspace());
                case "wrap-key-material" -> wrap(line, args, session.workspace());
                case "save-base64" -> {
                    args.allowOnly(Set.of("text", "out")).maxPositionals(0);
                    byte[] bytes = base64("--text", args.required("text"), session.workspace());
                    session.workspace().write(args.required("out"), bytes);
                    yield done(line, command, "Wrote " + bytes.length + " bytes to " + args.required("out") + ".",
                            Output.object().put("File", args.required("out")).put("Bytes", bytes.length));
                }
                case "date" -> {
                    args.allowOnly(Set.of("add-days")).maxPositionals(0);
                    int days = args.value("add-days") == null ? 0 : args.requiredInt("add-days");
                    Instant date = session.sandbox().clock().instant().plus(Duration.ofDays(days))
                            .truncatedTo(ChronoUnit.SECONDS);
                    yield done(line, command, date.toString(), Output.object().put("Date", date.toString()));
                }
                case "cloudhsm" -> KeyStoreLabCommands.cloudHsm(line, args, session);
                case "xks" -> KeyStoreLabCommands.xks(line, args, session);
                case "time-travel" -> timeTravel(line, args.allowOnly(Set.of("days", "minutes")).maxPositionals(0),
                        session);
                default -> throw new CliSyntaxException("lab: unknown command '" + command + "'. Type 'lab help'.");
            };
        } catch (CliSyntaxException e) {
            return Output.syntax(line, e.getMessage());
        } catch (WorkspaceException e) {
            return failure(line, command, "WorkspaceError", e.getMessage());
        } catch (Aes256Gcm.TagMismatchException e) {
            return failure(line, command, "TagMismatch", e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            return failure(line, command, "InvalidInput", e.getMessage());
        }
    }

    private static ConsoleResult ls(String line, CliArgs args, Workspace workspace) {
        StringBuilder out = new StringBuilder();
        ObjectNode result = Output.object();
        ArrayNode files = result.putArray("Files");
        for (Workspace.FileEntry f : workspace.list()) {
            out.append(String.format(Locale.ROOT, "%,12d  %s%n", f.size(), f.name()));
            files.addObject().put("Name", f.name()).put("Size", f.size());
        }
        out.append(String.format(Locale.ROOT, "%,d of %,d bytes used", workspace.used(), workspace.limit()));
        result.put("UsedBytes", workspace.used()).put("LimitBytes", workspace.limit());
        return done(line, "ls", out.toString(), result);
    }

    private static ConsoleResult sha256(String line, CliArgs args, Workspace workspace) {
        if (args.positionals().isEmpty()) {
            throw new CliSyntaxException("lab sha256: name at least one file");
        }
        StringBuilder out = new StringBuilder();
        ObjectNode result = Output.object();
        ArrayNode sums = result.putArray("Checksums");
        for (String file : args.positionals()) {
            String hex = HexFormat.of().formatHex(sha256(workspace.read(file)));
            out.append(hex).append("  ").append(file).append('\n');
            sums.addObject().put("File", file).put("Sha256", hex);
        }
        return done(line, "sha256", out.toString().stripTrailing(), result);
    }

    private static ConsoleResult crypt(String line, CliArgs args, ConsoleSession session, boolean encrypt) {
        args.allowOnly(Set.of("in", "out", "data-key")).maxPositionals(0);
        String in = args.required("in");
        String out = args.required("out");
        String typedKey = args.required("data-key");
        byte[] key = base64("--data-key", typedKey, session.workspace());
        try {
            if (key.length != Aes256Gcm.KEY_BYTES) {
                throw new IllegalArgumentException("The data key decodes to " + key.length + " bytes, but AES-256 "
                        + "needs exactly 32. Pass the Plaintext of 'aws kms generate-data-key --key-spec AES_256'"
                        + (key.length > Aes256Gcm.KEY_BYTES ? ", not its CiphertextBlob (the encrypted copy, which "
                                + "you keep)." : "."));
            }
            // Only a value that works as a key is a secret: a CiphertextBlob pasted by mistake must survive
            // 'lab discard-data-key', since the learner still needs it.
            session.secrets().remember(typedKey);
            byte[] input = session.workspace().read(in);
            byte[] output = encrypt ? Aes256Gcm.encrypt(key, input, null) : Aes256Gcm.decrypt(key, input, null);
            session.workspace().write(out, output);
            String text = encrypt
                    ? String.format(Locale.ROOT, "Encrypted %s (%,d bytes) with AES-256-GCM -> %s (%,d bytes: "
                            + "12-byte IV, ciphertext, 16-byte tag). No KMS call: this is your program's work.",
                            in, input.length, out, output.length)
                    : String.format(Locale.ROOT, "Tag verified. Decrypted %s (%,d bytes) -> %s (%,d bytes). No KMS "
                            + "call: this is your program's work.", in, input.length, out, output.length);
            return done(line, encrypt ? "encrypt-file" : "decrypt-file", text, Output.object().put("In", in)
                    .put("Out", out).put("InBytes", input.length).put("OutBytes", output.length));
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    private static ConsoleResult discard(String line, CliArgs args, ConsoleSession session) {
        List<String> secrets = session.secrets().discardAll();
        String text = secrets.isEmpty()
                ? "No plaintext data key has been shown in this console; nothing to discard."
                : "Discarded " + secrets.size() + " plaintext data key" + (secrets.size() == 1 ? "" : "s")
                        + ": every copy in this console now reads " + Secrets.MASK + ". Keep only the encrypted "
                        + "data key; KMS Decrypt gives the plaintext back when you need it.";
        return new ConsoleResult(line, "discard-data-key", text, Output.object().put("Discarded", secrets.size()),
                null, null, secrets);
    }

    /** The time machine as a command: moves the whole sandbox's clock and lets every Region's KMS catch up. */
    private static ConsoleResult timeTravel(String line, CliArgs args, ConsoleSession session) {
        if (args.value("minutes") != null && args.value("days") == null) {
            int minutes = args.requiredInt("minutes");
            if (minutes < 1 || minutes > 1440) {
                throw new IllegalArgumentException("--minutes must be a whole number from 1 to 1440.");
            }
            session.sandbox().advanceClock(Duration.ofMinutes(minutes));
            Instant now = session.sandbox().clock().instant().truncatedTo(ChronoUnit.SECONDS);
            return done(line, "time-travel", "Moved the sandbox clock " + minutes + " minutes forward: it is now "
                    + now + ".", Output.object().put("Minutes", minutes).put("Date", now.toString()));
        }
        int days = args.requiredInt("days");
        if (days < 1 || days > MAX_DAYS) {
            throw new IllegalArgumentException("--days must be a whole number from 1 to " + MAX_DAYS + ".");
        }
        session.sandbox().advanceClock(Duration.ofDays(days));
        Instant now = session.sandbox().clock().instant().truncatedTo(ChronoUnit.SECONDS);
        return done(line, "time-travel", "Moved the sandbox clock " + days + " day" + (days == 1 ? "" : "s")
                + " forward: it is now " + now + ". KMS has done what became due (deletions, rotations, expiries).",
                Output.object().put("Days", days).put("Date", now.toString()));
    }

    private static ConsoleResult generate(String line, CliArgs args, Workspace workspace) {
        args.allowOnly(Set.of("out", "bytes")).maxPositionals(0);
        int n = args.value("bytes") == null ? 32 : args.requiredInt("bytes");
        if (n < 1 || n > 4096) {
            throw new IllegalArgumentException("--bytes must be 1 to 4096.");
        }
        byte[] material = new byte[n];
        RANDOM.nextBytes(material);
        workspace.write(args.required("out"), material);
        Arrays.fill(material, (byte) 0);
        return done(line, "generate-key-material", "Wrote " + n + " random bytes (" + n * 8 + " bits) to "
                + args.required("out") + ".", Output.object().put("File", args.required("out")).put("Bytes", n));
    }

    private static ConsoleResult wrap(String line, CliArgs args, Workspace workspace) {
        args.allowOnly(Set.of("in", "public-key", "wrapping-algorithm", "algorithm", "out")).maxPositionals(0);
        String algorithm = args.value("wrapping-algorithm") != null ? args.value("wrapping-algorithm")
                : args.required("algorithm");
        byte[] publicKey = base64("--public-key", args.required("public-key"), workspace);
        byte[] material = workspace.read(args.required("in"));
        try {
            byte[] wrapped = KeyMaterialWrapping.wrap(material, publicKey, algorithm);
            workspace.write(args.required("out"), wrapped);
            return done(line, "wrap-key-material", String.format(Locale.ROOT, "Wrapped %s (%d bytes) with %s under "
                    + "the %d-bit wrapping key -> %s (%d bytes). Import it with --encrypted-key-material fileb://%s",
                    args.required("in"), material.length, algorithm, KeyMaterialWrapping.bits(publicKey),
                    args.required("out"), wrapped.length, args.required("out")),
                    Output.object().put("File", args.required("out")).put("Bytes", wrapped.length));
        } finally {
            Arrays.fill(material, (byte) 0);
        }
    }

    /** A Base64 value, or the bytes of a workspace file given as {@code fileb://name}. */
    private static byte[] base64(String option, String value, Workspace workspace) {
        if (value.startsWith("fileb://")) {
            return workspace.read(value.substring("fileb://".length()));
        }
        try {
            return Base64.getMimeDecoder().decode(value.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(option + " is not valid Base64.");
        }
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String positional(CliArgs args) {
        if (args.positionals().isEmpty()) {
            throw new CliSyntaxException("lab " + args.command() + ": name a file");
        }
        return args.positionals().getFirst();
    }

    private static ConsoleResult done(String line, String command, String text, ObjectNode result) {
        return new ConsoleResult(line, command, text, result, null, null);
    }

    private static ConsoleResult failure(String line, String command, String code, String message) {
        return new ConsoleResult(line, command, "lab " + command + ": error: " + message, null, code, message);
    }
}
