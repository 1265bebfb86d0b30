package org.astropol.ingest;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The text of a PDF within two bounds. A small file can inflate to gigabytes (a Flate stream of zeros) that PDFBox
 * streams through its parser with bounded memory but minutes of CPU, so the content streams (pages and their form
 * XObjects) are first inflated once, counting, and a document whose content exceeds {@code maxInflatedBytes} is
 * refused at that point. Text extraction then checks a deadline at every content operator and page.
 */
final class PdfText {
    /** Thrown when a bound is crossed; the message says which. */
    static final class TooCostly extends IOException {
        TooCostly(String message) { super(message); }
    }

    private PdfText() {}

    static String extract(PDDocument doc, long maxInflatedBytes, Duration timeLimit) throws IOException {
        long deadline = System.nanoTime() + timeLimit.toNanos();
        long inflated = 0;
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PDPage page : doc.getPages()) {
            InputStream contents = page.getContents();
            if (contents != null) inflated = count(contents, inflated, maxInflatedBytes);
            inflated = countForms(page.getResources(), inflated, maxInflatedBytes, seen);
            if (System.nanoTime() > deadline) throw tooSlow(timeLimit);
        }
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if (System.nanoTime() > deadline) throw tooSlow(timeLimit);
                super.processOperator(operator, operands);
            }
        };
        stripper.setParagraphStart("\n");
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }

    private static TooCostly tooSlow(Duration timeLimit) {
        return new TooCostly("text extraction took longer than " + timeLimit.toSeconds() + " s for one document");
    }

    private static long countForms(PDResources resources, long inflated, long max, Set<Object> seen) throws IOException {
        if (resources == null) return inflated;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form && seen.add(form.getCOSObject())) {
                PDStream s = form.getContentStream();
                try (InputStream in = s.createInputStream()) { inflated = count(in, inflated, max); }
                inflated = countForms(form.getResources(), inflated, max, seen);
            }
        }
        return inflated;
    }

    private static long count(InputStream in, long inflated, long max) throws IOException {
        try (in) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                inflated += n;
                if (inflated > max) {
                    throw new TooCostly("its content inflates to more than " + (max >> 20) + " MB (a compression bomb, or far more than text needs)");
                }
            }
        }
        return inflated;
    }
}
