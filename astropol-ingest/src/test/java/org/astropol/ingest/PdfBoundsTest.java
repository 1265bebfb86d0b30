package org.astropol.ingest;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A PDF that inflates far beyond its size is refused after counting to the cap, not parsed for minutes. */
class PdfBoundsTest {
    @TempDir Path tmp;

    @Test
    void aCompressionBombIsRefusedAtTheInflatedSizeCap() throws Exception {
        Path bomb = tmp.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            // 24 MB of zeros (white space to a PDF parser) deflate to a few kilobytes
            page.setContents(new PDStream(doc, new ByteArrayInputStream(new byte[24 << 20]), COSName.FLATE_DECODE));
            doc.addPage(page);
            doc.save(bomb.toFile());
        }
        assertThat(Files.size(bomb)).isLessThan(1 << 20);
        var loader = new DocumentLoader(DocumentLoader.DEFAULT_MAX_BYTES, 8 << 20, Duration.ofSeconds(60));
        assertThatThrownBy(() -> loader.load(bomb)).isInstanceOf(DocumentLoader.BadDocumentException.class)
                .hasMessage(bomb + ": PDF refused: its content inflates to more than 8 MB (a compression bomb, or far more than text needs)");
    }

    @Test
    void anOrdinaryPdfStaysWithinTheBounds() throws Exception {
        Path pdf = tmp.resolve("d.pdf");
        IngestTest.makePdf(pdf, "China launched the Hongyan constellation.");
        var loader = new DocumentLoader(DocumentLoader.DEFAULT_MAX_BYTES, 1 << 20, Duration.ofSeconds(30));
        assertThat(loader.load(pdf).text()).contains("Hongyan constellation");
        var noTime = new DocumentLoader(DocumentLoader.DEFAULT_MAX_BYTES, 1 << 20, Duration.ofNanos(1));
        assertThatThrownBy(() -> noTime.load(pdf)).hasMessageEndingWith("PDF refused: text extraction took longer than 0 s for one document");
    }
}
