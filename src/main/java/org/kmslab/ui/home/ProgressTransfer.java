package org.kmslab.ui.home;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import org.kmslab.ui.progress.ProgressFile;
import org.kmslab.ui.progress.ProgressService;

/**
 * Progress as a file: download it (JSON) to keep or to move to another browser, and upload it to restore. An invalid
 * file is refused as a whole with a sentence saying why, and nothing saved is changed.
 */
final class ProgressTransfer extends Section {

    private final Paragraph status = new Paragraph();

    ProgressTransfer(ProgressService progress, Runnable onImported) {
        getElement().setAttribute("aria-labelledby", "kmslab-progress-file");
        H2 heading = new H2("Your progress as a file");
        heading.setId("kmslab-progress-file");
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = progress.export();
            return new DownloadResponse(new ByteArrayInputStream(bytes), "kmslab-progress.json", "application/json",
                    bytes.length);
        }), "Export progress (JSON file)");
        download.getElement().setAttribute("download", true);
        download.addClassName("kmslab-export-link");

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                int n = progress.importFile(bytes);
                status.setText("Imported the progress of " + n + " lesson" + (n == 1 ? "" : "s") + " from "
                        + metadata.fileName() + ".");
                status.removeClassName("kmslab-error");
                onImported.run();
            } catch (ProgressFile.InvalidProgressFileException e) {
                status.setText("Nothing was imported. " + e.getMessage());
                status.addClassName("kmslab-error");
            }
        })));
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ProgressFile.MAX_BYTES);
        upload.setDropLabel(new com.vaadin.flow.component.html.Span("Import progress: drop a KMS Lab progress file here"));
        upload.addFileRejectedListener(e -> {
            status.setText("Nothing was imported. " + e.getErrorMessage());
            status.addClassName("kmslab-error");
        });
        status.getElement().setAttribute("role", "status");
        add(heading, new Paragraph("Progress is saved on this server for this browser. To keep a copy or to carry on "
                + "in another browser, export it, then import the file there. Importing replaces the progress of "
                + "the lessons in the file and leaves the others as they are."), download, upload, status);
    }
}
