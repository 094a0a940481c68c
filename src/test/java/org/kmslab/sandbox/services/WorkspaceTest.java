package org.kmslab.sandbox.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WorkspaceTest {

    @Test
    void the_sample_files_have_their_promised_sizes_and_formats() {
        Workspace w = Workspace.withSampleFiles();
        assertThat(w.read("4096-bytes.txt")).hasSize(4096);
        assertThat(w.read("4097-bytes.txt")).hasSize(4097);
        byte[] csv = w.read("quarterly-sales.csv");
        assertThat(csv.length).isBetween(5_900_000, 6_100_000);
        String text = new String(csv, StandardCharsets.US_ASCII);
        assertThat(text).startsWith("order_id,order_date,region,product,units,unit_price_usd,total_usd\n");
        assertThat(text.lines().skip(1).limit(1000)).allSatisfy(line -> assertThat(line.split(",")).hasSize(7));
        assertThat(new String(w.read("invoice.pdf"), StandardCharsets.US_ASCII)).startsWith("%PDF-1.4")
                .endsWith("%%EOF\n");
        assertThat(w.read("notes.txt")).isNotEmpty();
    }

    @Test
    void the_sample_files_are_the_same_every_time() {
        assertThat(SampleFiles.salesCsv()).isEqualTo(SampleFiles.salesCsv());
    }

    @Test
    void a_write_past_the_limit_is_refused_and_changes_nothing() {
        Workspace w = new Workspace(100);
        w.write("a.bin", new byte[60]);
        assertThatThrownBy(() -> w.write("b.bin", new byte[41])).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("Not enough space");
        assertThat(w.exists("b.bin")).isFalse();
        assertThat(w.used()).isEqualTo(60);
        w.write("a.bin", new byte[100]);
        assertThat(w.used()).isEqualTo(100);
    }

    @Test
    void the_default_workspace_holds_64_mib_in_all() {
        Workspace w = Workspace.withSampleFiles();
        assertThat(w.limit()).isEqualTo(64L * 1024 * 1024);
        assertThatThrownBy(() -> w.write("huge.bin", new byte[(int) (w.limit() - w.used() + 1)]))
                .isInstanceOf(WorkspaceException.class);
    }

    @Test
    void file_names_are_flat() {
        Workspace w = new Workspace(100);
        w.write("./x.txt", new byte[1]);
        assertThat(w.exists("x.txt")).isTrue();
        assertThatThrownBy(() -> w.write("../etc/passwd", new byte[1])).isInstanceOf(WorkspaceException.class);
    }
}
