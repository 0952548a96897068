package org.dicomharness.dicom.net.dimse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.dicomharness.dicom.data.Dataset;
import org.dicomharness.dicom.data.Sequence;
import org.dicomharness.dicom.dict.Tags;
import org.dicomharness.dicom.dict.Uids;
import org.dicomharness.dicom.net.ul.AcceptorConfig;
import org.dicomharness.dicom.net.ul.AcceptorPolicy;
import org.dicomharness.dicom.net.ul.AssociateRequestBuilder;
import org.dicomharness.dicom.net.ul.AssociationAcceptor;
import org.dicomharness.dicom.net.ul.AssociationRequestor;
import org.dicomharness.dicom.net.ul.PresentationContext;
import org.dicomharness.dicom.testing.TestImages;
import org.junit.jupiter.api.Test;

/**
 * The DIMSE-N services between our SCU and our SCP: MPPS N-CREATE/N-SET/N-GET (PS3.4 F), N-DELETE, and a
 * storage commitment N-ACTION answered by an N-EVENT-REPORT on the same association (PS3.4 J.3.3).
 */
class NServicesTest {

    static final String MPPS = Uids.ModalityPerformedProcedureStep;
    static final String COMMIT = Uids.StorageCommitmentPushModel;
    static final String COMMIT_INSTANCE = "1.2.840.10008.1.20.1.1";

    @Test
    void everyNServiceWithItsDataSets() throws Exception {
        Map<String, Dataset> mpps = new ConcurrentHashMap<>();
        ServiceRegistry scp = new ServiceRegistry()
                .nCreate(MPPS, (ctx, rq, attrs) -> {
                    String uid = rq.affectedSopInstanceUid() != null ? rq.affectedSopInstanceUid() : TestImages.uid();
                    if (mpps.containsKey(uid)) {
                        return Outcome.failure(0x0111, "duplicate");
                    }
                    mpps.put(uid, attrs.copy());
                    return Outcome.success().withSopInstanceUid(uid);
                })
                .nSet(MPPS, (ctx, rq, mods) -> {
                    Dataset ds = mpps.get(rq.requestedSopInstanceUid());
                    if (ds == null) {
                        return Outcome.failure(0x0112, "no such MPPS");
                    }
                    if ("COMPLETED".equals(ds.getString(Tags.PerformedProcedureStepStatus))) {
                        return Outcome.of(0x0110).withDetail(new ResponseDetail("may no longer be updated", 0xA710,
                                List.of(), List.of()));
                    }
                    ds.addAll(mods);
                    return Outcome.success();
                })
                .nGet(MPPS, (ctx, rq) -> {
                    Dataset ds = mpps.get(rq.requestedSopInstanceUid());
                    Dataset out = new Dataset();
                    for (int tag : rq.attributeIdentifierList()) {
                        if (ds.contains(tag)) {
                            out.put(ds.get(tag));
                        }
                    }
                    return Outcome.success().withDataSet(out);
                })
                .nDelete(Uids.BasicFilmSession, (ctx, rq) -> Outcome.success())
                .nAction(COMMIT, (ctx, rq, info) -> {
                    String transaction = info.getString(Tags.TransactionUID);
                    Dataset report = new Dataset();
                    report.setString(Tags.TransactionUID, transaction);
                    Sequence done = report.newSequence(Tags.ReferencedSOPSequence);
                    for (Dataset item : info.getSequence(Tags.ReferencedSOPSequence)) {
                        done.addItem(item);
                    }
                    ctx.afterResponse(() -> {
                        try {
                            DimseChannel ch = ctx.channel();
                            NEventReportRq ev = new NEventReportRq(ch.nextMessageId(), COMMIT, COMMIT_INSTANCE, 1);
                            ch.invoke(ctx.presentationContext(), ev, DataSets.of(report), null).await();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
                    return Outcome.success();
                });
        AcceptorPolicy policy = AcceptorPolicy.builder().accept(MPPS, Uids.ExplicitVRLittleEndian)
                .accept(Uids.BasicFilmSession, Uids.ImplicitVRLittleEndian).accept(COMMIT, Uids.ImplicitVRLittleEndian)
                .allowRequestorScpRole(COMMIT).build();
        CountDownLatch reported = new CountDownLatch(1);
        Dataset[] report = new Dataset[1];
        ServiceRegistry scu = new ServiceRegistry().eventReport(COMMIT, (ctx, rq, info) -> {
            report[0] = info;
            reported.countDown();
            return Outcome.success();
        });
        try (AssociationAcceptor acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy), a -> {
            DimseChannel ch = new DimseChannel(scp, DimseOptions.defaults());
            ch.bind(a);
            return ch;
        })) {
            var rq = AssociateRequestBuilder.of("MODALITY", "RIS").context(MPPS, Uids.ExplicitVRLittleEndian)
                    .context(Uids.BasicFilmSession, Uids.ImplicitVRLittleEndian).context(COMMIT, Uids.ImplicitVRLittleEndian)
                    .roleSelection(COMMIT, true, true).build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", acceptor.localPort(), rq,
                    scu, DimseOptions.defaults())) {
                Dataset create = new Dataset();
                create.setString(Tags.PerformedProcedureStepStatus, "IN PROGRESS");
                create.setString(Tags.PatientName, "Mpps^Molly");
                DimseResult created = client.nCreate(MPPS, null, create);
                assertThat(created.status()).isZero();
                String uid = ((NCreateRsp) created.response()).affectedSopInstanceUid();
                assertThat(uid).startsWith("2.25.");

                Dataset done = new Dataset();
                done.setString(Tags.PerformedProcedureStepStatus, "COMPLETED");
                assertThat(client.nSet(MPPS, uid, done).status()).isZero();
                DimseResult again = client.nSet(MPPS, uid, done);
                assertThat(again.status()).isEqualTo(0x0110);
                assertThat(again.response().detail().errorId()).isEqualTo(0xA710);
                assertThat(StatusRegistry.standard().lookup(again.response(), MPPS).name())
                        .contains("may no longer be updated");

                DimseResult got = client.nGet(MPPS, uid, List.of(Tags.PatientName, Tags.PerformedProcedureStepStatus));
                assertThat(got.status()).isZero();
                assertThat(got.dataSet().getString(Tags.PerformedProcedureStepStatus)).isEqualTo("COMPLETED");
                assertThat(got.dataSet().getString(Tags.PatientName)).isEqualTo("Mpps^Molly");

                assertThat(client.nDelete(Uids.BasicFilmSession, "1.2.3.4").status()).isZero();

                Dataset action = new Dataset();
                String transaction = TestImages.uid();
                action.setString(Tags.TransactionUID, transaction);
                Dataset ref = action.newSequence(Tags.ReferencedSOPSequence).addItem();
                ref.setString(Tags.ReferencedSOPClassUID, Uids.CTImageStorage);
                ref.setString(Tags.ReferencedSOPInstanceUID, "1.2.3.4.5");
                assertThat(client.nAction(COMMIT, COMMIT_INSTANCE, 1, action).status()).isZero();
                assertThat(reported.await(10, TimeUnit.SECONDS)).as("N-EVENT-REPORT received").isTrue();
                assertThat(report[0].getString(Tags.TransactionUID)).isEqualTo(transaction);
                assertThat(report[0].getSequence(Tags.ReferencedSOPSequence).get(0)
                        .getString(Tags.ReferencedSOPInstanceUID)).isEqualTo("1.2.3.4.5");

                PresentationContext pc = client.context(COMMIT, null);
                assertThat(client.association().acceptedRoleSelection(COMMIT)).hasValueSatisfying(r -> {
                    assertThat(r.scuRole()).isTrue();
                    assertThat(r.scpRole()).isTrue();
                });
                assertThat(pc.isAccepted()).isTrue();
                String trace = client.association().trace().toText();
                assertThat(trace).contains("N-CREATE-RQ").contains("N-CREATE-RSP").contains("N-SET-RSP to msg")
                        .contains("0110 Processing failure: Performed Procedure Step Object may no longer be updated")
                        .contains("N-EVENT-REPORT-RQ").contains("N-DELETE-RSP");
            }
        }
    }

    @Test
    void requestForAnUnsupportedOperationGetsAFailureNotASilence() throws Exception {
        AcceptorPolicy policy = AcceptorPolicy.builder().accept(MPPS, Uids.ExplicitVRLittleEndian).build();
        try (AssociationAcceptor acceptor = AssociationAcceptor.start(AcceptorConfig.loopback(policy), a -> {
            DimseChannel ch = new DimseChannel(new ServiceRegistry(), DimseOptions.defaults());
            ch.bind(a);
            return ch;
        })) {
            var rq = AssociateRequestBuilder.of("MODALITY", "RIS").context(MPPS, Uids.ExplicitVRLittleEndian).build();
            try (DimseClient client = DimseClient.open(new AssociationRequestor(), "127.0.0.1", acceptor.localPort(), rq)) {
                DimseResult r = client.nCreate(MPPS, null, new Dataset());
                assertThat(r.status()).isEqualTo(Status.SOP_CLASS_NOT_SUPPORTED);
                assertThat(r.response().detail().errorComment()).contains("does not perform N-CREATE-RQ");
            }
        }
    }
}
