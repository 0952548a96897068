package org.dicomharness.testdata.generator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.dicomharness.dicom.VR;
import org.dicomharness.dicom.data.ByteValue;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.testdata.context.SeriesContext;
import org.dicomharness.testdata.context.StudyContext;
import org.dicomharness.testdata.module.Code;
import org.dicomharness.testdata.module.CompositeInstance;
import org.dicomharness.testdata.phantom.EcgSignal;

/**
 * 12-Lead ECG IOD (PS3.3 A.34.3): ten seconds of a synthetic sinus rhythm at 500 Hz, twelve channels in
 * one multiplex group, 16-bit signed samples of 2.5 uV, leads coded with the MDC terms of CID 3001.
 */
public final class TwelveLeadEcgGenerator implements ObjectGenerator {

    static final double FREQUENCY = 500;
    static final int SAMPLES = 5000;
    static final double SENSITIVITY_UV = 2.5;

    /** MDC codes of CID 3001 for the leads in {@link EcgSignal#LEADS} order. */
    private static final Code[] LEAD_CODES = {
        new Code("2:1", "MDC", "Lead I"), new Code("2:2", "MDC", "Lead II"), new Code("2:61", "MDC", "Lead III"),
        new Code("2:62", "MDC", "aVR, augmented voltage, right"), new Code("2:63", "MDC", "aVL, augmented voltage, left"),
        new Code("2:64", "MDC", "aVF, augmented voltage, foot"), new Code("2:3", "MDC", "Lead V1"),
        new Code("2:4", "MDC", "Lead V2"), new Code("2:5", "MDC", "Lead V3"), new Code("2:6", "MDC", "Lead V4"),
        new Code("2:7", "MDC", "Lead V5"), new Code("2:8", "MDC", "Lead V6")};

    @Override
    public List<Dataset> generate(SeriesContext series, int instances) {
        List<Dataset> out = new ArrayList<>();
        for (int n = 1; n <= instances; n++) {
            Dataset ds = CompositeInstance.start(series, Uids.TwelveLeadECGWaveformStorage, n);
            ds.setString(Tags.AcquisitionDateTime, VR.DT, StudyContext.dateTime(series.instanceTime(n)));
            ds.newSequence(Tags.AcquisitionContextSequence);
            double heartRate = 58 + series.random().nextInt(30);
            double[][] leads = EcgSignal.render(SAMPLES, FREQUENCY, heartRate, series.random());
            Dataset group = ds.newSequence(Tags.WaveformSequence).addItem();
            group.setString(Tags.MultiplexGroupLabel, VR.SH, "RHYTHM");
            group.setString(Tags.WaveformOriginality, VR.CS, "ORIGINAL");
            group.setInt(Tags.NumberOfWaveformChannels, VR.US, leads.length);
            group.setLong(Tags.NumberOfWaveformSamples, VR.UL, SAMPLES);
            group.setDouble(Tags.SamplingFrequency, VR.DS, FREQUENCY);
            Sequence channels = group.newSequence(Tags.ChannelDefinitionSequence);
            for (Code lead : LEAD_CODES) {
                Dataset ch = channels.addItem();
                lead.setAsSequence(ch, Tags.ChannelSourceSequence);
                ch.setDouble(Tags.ChannelSensitivity, VR.DS, SENSITIVITY_UV);
                Code.ucum("uV", "microvolt").setAsSequence(ch, Tags.ChannelSensitivityUnitsSequence);
                ch.setDouble(Tags.ChannelSensitivityCorrectionFactor, VR.DS, 1);
                ch.setDouble(Tags.ChannelBaseline, VR.DS, 0);
                ch.setDouble(Tags.ChannelSampleSkew, VR.DS, 0);
                ch.setInt(Tags.WaveformBitsStored, VR.US, 16);
                ch.setDouble(Tags.FilterLowFrequency, VR.DS, 0.05);
                ch.setDouble(Tags.FilterHighFrequency, VR.DS, 150);
                ch.setDouble(Tags.NotchFilterFrequency, VR.DS, 50);
            }
            group.setInt(Tags.WaveformBitsAllocated, VR.US, 16);
            group.setString(Tags.WaveformSampleInterpretation, VR.CS, "SS");
            // PS3.3 C.10.9.1.6: samples of all channels interleaved, sample by sample.
            ByteBuffer data = ByteBuffer.allocate(SAMPLES * leads.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            for (int s = 0; s < SAMPLES; s++) {
                for (double[] lead : leads) {
                    long v = Math.round(lead[s] / SENSITIVITY_UV);
                    data.putShort((short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v)));
                }
            }
            group.put(Tags.WaveformData, VR.OW, ByteValue.wrap(data.array()));
            out.add(ds);
        }
        return out;
    }
}
