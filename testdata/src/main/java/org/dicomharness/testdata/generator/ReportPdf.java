package org.dicomharness.testdata.generator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A one-page A4 report as a minimal PDF 1.4 file (ISO 32000-1 7.5: header, body objects, cross-reference
 * table, trailer) using the standard Helvetica fonts, which every reader has and which are never embedded.
 *
 * <p>Written by hand rather than with PDFBox: PDFBox resolves the standard fonts by scanning the machine's
 * font directories and writing a cache into the user's home, and stamps the current time into the file
 * identifier; a generator of reproducible test data wants neither. The tests read every generated PDF back
 * with PDFBox to prove it is well formed.
 */
final class ReportPdf {

    private ReportPdf() {
    }

    static byte[] render(String title, List<String> header, List<String> body, String documentId) {
        StringBuilder content = new StringBuilder();
        float y = 790;
        text(content, "F2", 16, y, title);
        y -= 26;
        for (String line : header) {
            text(content, "F1", 10, y, line);
            y -= 15;
        }
        content.append("0.8 w 56 ").append(fmt(y + 4)).append(" m 539 ").append(fmt(y + 4)).append(" l S\n");
        y -= 14;
        for (String line : body) {
            text(content, "F1", 11, y, line);
            y -= 16.5f;
        }
        byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);
        List<String> objects = List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R "
                        + "/F2 5 0 R >> >> /Contents 6 0 R >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
                "<< /Length " + stream.length + " >>\nstream\n" + new String(stream, StandardCharsets.ISO_8859_1)
                        + "\nendstream",
                "<< /Title " + literal(title) + " /Producer (DICOM Conformance Harness test data) >>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        // A comment with bytes above 127 marks the file as binary (ISO 32000-1 7.5.2).
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        String id = HexFormat.of().formatHex(documentId.getBytes(StandardCharsets.US_ASCII));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 7 0 R /ID [<")
                .append(id).append("> <").append(id).append(">] >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    private static void text(StringBuilder content, String font, int size, float y, String text) {
        content.append("BT /").append(font).append(' ').append(size).append(" Tf 56 ").append(fmt(y))
                .append(" Td ").append(literal(text)).append(" Tj ET\n");
    }

    /** A PDF literal string with the delimiters and backslash escaped (ISO 32000-1 7.3.4.2). */
    private static String literal(String s) {
        StringBuilder b = new StringBuilder("(");
        for (char c : s.toCharArray()) {
            if (c == '(' || c == ')' || c == '\\') {
                b.append('\\');
            }
            b.append(c < 0x20 || c > 0x7E ? '?' : c);
        }
        return b.append(')').toString();
    }

    private static String fmt(float v) {
        return v == Math.rint(v) ? Integer.toString((int) v) : String.format(java.util.Locale.ROOT, "%.1f", v);
    }

    private static void write(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
