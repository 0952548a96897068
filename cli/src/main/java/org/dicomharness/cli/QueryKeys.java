package org.dicomharness.cli;

import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.dict.DictionaryEntry;
import org.dicomharness.dicom.dict.ElementDictionary;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import picocli.CommandLine.Option;

/**
 * The Query/Retrieve options of find, move and get: level, information model (PS3.4 C.6), matching keys
 * {@code -m Keyword=value} and return keys {@code -r Keyword}.
 */
final class QueryKeys {

    @Option(names = "--level", paramLabel = "PATIENT|STUDY|SERIES|IMAGE", defaultValue = "STUDY",
            description = "Query/Retrieve Level (default ${DEFAULT-VALUE})")
    String level;

    @Option(names = "--model", paramLabel = "patient|study",
            description = "information model: patient root or study root (default: study, patient for --level PATIENT)")
    String model;

    @Option(names = {"-m", "--match"}, paramLabel = "KEYWORD=VALUE",
            description = "a matching key, e.g. -m PatientID=123 -m StudyDate=20240101-20241231 (repeatable)")
    List<String> matches = new ArrayList<>();

    @Option(names = {"-r", "--return"}, paramLabel = "KEYWORD", description = "a return key, e.g. -r StudyInstanceUID (repeatable)")
    List<String> returns = new ArrayList<>();

    private static final List<String> LEVELS = List.of("PATIENT", "STUDY", "SERIES", "IMAGE");

    String level() {
        String l = level.toUpperCase(java.util.Locale.ROOT);
        if (!LEVELS.contains(l)) {
            throw new IllegalArgumentException("--level is one of " + LEVELS + ", not " + level);
        }
        return l;
    }

    boolean patientRoot() {
        String m = model == null ? (level().equals("PATIENT") ? "patient" : "study") : model.toLowerCase(java.util.Locale.ROOT);
        if (!m.equals("patient") && !m.equals("study")) {
            throw new IllegalArgumentException("--model is patient or study, not " + model);
        }
        if (m.equals("study") && level().equals("PATIENT")) {
            throw new IllegalArgumentException("the study root model has no PATIENT level (PS3.4 C.6.2); use --model patient");
        }
        return m.equals("patient");
    }

    String findModel() {
        return patientRoot() ? Uids.PatientRootQueryRetrieveInformationModelFind
                : Uids.StudyRootQueryRetrieveInformationModelFind;
    }

    String moveModel() {
        return patientRoot() ? Uids.PatientRootQueryRetrieveInformationModelMove
                : Uids.StudyRootQueryRetrieveInformationModelMove;
    }

    String getModel() {
        return patientRoot() ? Uids.PatientRootQueryRetrieveInformationModelGet
                : Uids.StudyRootQueryRetrieveInformationModelGet;
    }

    /** The identifier: Query/Retrieve Level, the matching keys with their values, the return keys empty. */
    Dataset identifier() {
        Dataset ds = new Dataset();
        ds.setString(Tags.QueryRetrieveLevel, level());
        for (String m : matches) {
            int eq = m.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("-m '" + m + "' is not KEYWORD=VALUE");
            }
            DictionaryEntry e = entry(m.substring(0, eq));
            ds.setString(e.tag(), e.vr(), m.substring(eq + 1));
        }
        for (String r : returns) {
            DictionaryEntry e = entry(r);
            if (!ds.contains(e.tag())) {
                ds.put(e.tag(), e.vr(), ByteValue.wrap(new byte[0]));
            }
        }
        return ds;
    }

    /** Keywords to show for each match: the matching keys, then the return keys. */
    List<String> columns() {
        List<String> cols = new ArrayList<>();
        for (String m : matches) {
            cols.add(m.substring(0, m.indexOf('=')).strip());
        }
        for (String r : returns) {
            if (!cols.contains(r.strip())) {
                cols.add(r.strip());
            }
        }
        return cols;
    }

    static DictionaryEntry entry(String keyword) {
        DictionaryEntry e = ElementDictionary.standard().byKeyword(keyword.strip()).orElseThrow(() ->
                new IllegalArgumentException("'" + keyword + "' is not a keyword of the PS3.6 dictionary"));
        if (e.vr() == VR.SQ) {
            throw new IllegalArgumentException(keyword + " is a sequence; sequence matching is not offered here");
        }
        return e;
    }
}
