package org.kmslab.sandbox.services;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The files every console workspace starts with, generated the same way every time: two files of exactly 4096 and
 * 4097 bytes (the Encrypt limit and one byte past it), a CSV of about 6 MB (too big for KMS, the point of envelope
 * encryption), a short text note and a one-page PDF invoice.
 */
public final class SampleFiles {

    /** The size the sales CSV grows to, give or take one row. */
    static final int CSV_TARGET_BYTES = 6_000_000;
    private static final String[] REGIONS = {"us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1", "ca-central-1"};
    private static final String[] PRODUCTS = {"widget", "gadget", "sprocket", "gizmo", "doohickey", "flange"};

    private SampleFiles() {}

    /** File name to content (fresh copies), in the order they were made. */
    public static Map<String, byte[]> all() {
        Map<String, byte[]> copies = new LinkedHashMap<>();
        Generated.FILES.forEach((name, content) -> copies.put(name, content.clone()));
        return copies;
    }

    /** The generated contents themselves, for {@link Workspace} to share; callers must never change them. */
    static Map<String, byte[]> shared() {
        return Generated.FILES;
    }

    /** Generated once per JVM: the CSV takes a moment to build. */
    private static final class Generated {
        static final Map<String, byte[]> FILES = generate();
    }

    private static Map<String, byte[]> generate() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("4096-bytes.txt", exactly(4096));
        files.put("4097-bytes.txt", exactly(4097));
        files.put("invoice.pdf", invoicePdf());
        files.put("notes.txt", ("Meeting notes, 3 March\n"
                + "- Move the reports bucket to SSE-KMS with our own key.\n"
                + "- Ask security who may call kms:Decrypt.\n"
                + "- Rotate the key yearly.\n").getBytes(StandardCharsets.UTF_8));
        files.put("quarterly-sales.csv", salesCsv());
        return files;
    }

    /** Readable text of exactly {@code size} bytes, ending in a newline. */
    static byte[] exactly(int size) {
        String line = "KMS Encrypt accepts at most 4096 bytes of plaintext. ";
        StringBuilder sb = new StringBuilder(size);
        while (sb.length() < size - 1) {
            sb.append(line);
        }
        sb.setLength(size - 1);
        sb.append('\n');
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A sales ledger from a fixed linear congruential generator: the same 6 MB on every machine. */
    static byte[] salesCsv() {
        StringBuilder sb = new StringBuilder(CSV_TARGET_BYTES + 100);
        sb.append("order_id,order_date,region,product,units,unit_price_usd,total_usd\n");
        long seed = 20260301L;
        int order = 100_000;
        while (sb.length() < CSV_TARGET_BYTES) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            long r = seed >>> 16;
            int month = 7 + (int) (r % 3);
            int day = 1 + (int) ((r >>> 8) % 28);
            String region = REGIONS[(int) ((r >>> 16) % REGIONS.length)];
            String product = PRODUCTS[(int) ((r >>> 24) % PRODUCTS.length)];
            int units = 1 + (int) ((r >>> 32) % 250);
            int cents = 199 + (int) ((r >>> 40) % 9800);
            long total = (long) units * cents;
            sb.append(order++).append(",2026-").append(month < 10 ? "0" : "").append(month).append('-')
                    .append(day < 10 ? "0" : "").append(day).append(',').append(region).append(',').append(product)
                    .append(',').append(units).append(',');
            money(sb, cents);
            sb.append(',');
            money(sb, total);
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** {@code 1234} cents as {@code 12.34}. */
    private static void money(StringBuilder sb, long cents) {
        sb.append(cents / 100).append('.');
        long c = cents % 100;
        sb.append(c < 10 ? "0" : "").append(c);
    }

    /** A minimal one-page PDF 1.4 with a correct cross-reference table. */
    static byte[] invoicePdf() {
        String text = "BT /F1 18 Tf 72 720 Td (Invoice 7731 - Example Corp - 1,250.00 USD) Tj ET";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                    + "/Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + text.length() + " >>\nstream\n" + text + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(pdf.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
