package org.dicomharness.validation;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.dicomharness.dicom.TransferSyntax;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.io.Part10Writer;
import org.dicomharness.dicom.io.WriteOptions;
import org.dicomharness.validation.testing.SampleObjects;

public class SmokeMain {
    public static void main(String[] args) throws Exception {
        SampleObjects s = new SampleObjects();
        Map<String, Supplier<Dataset>> all = new LinkedHashMap<>();
        all.put("ct", s::ct); all.put("mr", s::mr); all.put("cr", s::cr); all.put("dx", s::dx); all.put("mg", s::mg);
        all.put("us", s::us); all.put("usmf", s::usMultiFrame); all.put("nm", s::nm); all.put("pt", s::pt);
        all.put("sc", s::sc); all.put("pdf", s::encapsulatedPdf); all.put("ecg", s::ecg); all.put("ctdose", s::ctDoseSr);
        all.put("pxdose", s::projectionDoseSr); all.put("ect", () -> s.enhancedCt(3)); all.put("kos", s::keyObjectSelection);
        all.put("text", s::basicTextSr);
        for (var e : all.entrySet()) {
            if (args.length > 0 && !e.getKey().equals(args[0])) continue;
            Dataset d = e.getValue().get();
            Part10Writer.write(Path.of("/tmp/smoke-" + e.getKey() + ".dcm"), d, TransferSyntax.EXPLICIT_VR_LITTLE_ENDIAN, WriteOptions.defaults());
            var r = new IodValidator().validate(d);
            System.out.println("== " + e.getKey() + " " + r);
            r.findings().stream().filter(f -> f.severity() != Severity.INFO).forEach(f -> System.out.println("  " + f));
        }
    }
}
