package org.dicomharness.dicom.net.dimse;

import java.util.HashMap;
import java.util.Map;
import org.dicomharness.dicom.dict.Uids;

/**
 * The SCP side of an application entity: a handler per (DIMSE service, SOP Class). C-ECHO on the Verification
 * SOP Class is answered with Success unless another handler is registered; C-STORE may have a handler for
 * every SOP Class at once.
 */
public final class ServiceRegistry {

    private final Map<String, Object> handlers = new HashMap<>();
    private CStoreScp anyStore;

    public ServiceRegistry() {
        handlers.put(key(CommandField.C_ECHO_RQ, Uids.Verification), (CEchoScp) (ctx, rq) -> Outcome.success());
    }

    public ServiceRegistry echo(CEchoScp handler) {
        handlers.put(key(CommandField.C_ECHO_RQ, Uids.Verification), handler);
        return this;
    }

    public ServiceRegistry store(String sopClassUid, CStoreScp handler) {
        handlers.put(key(CommandField.C_STORE_RQ, sopClassUid), handler);
        return this;
    }

    /** Handles C-STORE for every SOP Class without a handler of its own. */
    public ServiceRegistry storeAny(CStoreScp handler) {
        anyStore = handler;
        return this;
    }

    public ServiceRegistry find(String sopClassUid, CFindScp handler) {
        handlers.put(key(CommandField.C_FIND_RQ, sopClassUid), handler);
        return this;
    }

    public ServiceRegistry get(String sopClassUid, CGetScp handler) {
        handlers.put(key(CommandField.C_GET_RQ, sopClassUid), handler);
        return this;
    }

    public ServiceRegistry move(String sopClassUid, CMoveScp handler) {
        handlers.put(key(CommandField.C_MOVE_RQ, sopClassUid), handler);
        return this;
    }

    public ServiceRegistry eventReport(String sopClassUid, NEventReportScp handler) {
        handlers.put(key(CommandField.N_EVENT_REPORT_RQ, sopClassUid), handler);
        return this;
    }

    public ServiceRegistry nGet(String sopClassUid, NGetScp handler) {
        handlers.put(key(CommandField.N_GET_RQ, sopClassUid), handler);
        return this;
    }

    public ServiceRegistry nSet(String sopClassUid, NSetScp handler) {
        handlers.put(key(CommandField.N_SET_RQ, sopClassUid), handler);
        return this;
    }

    public ServiceRegistry nAction(String sopClassUid, NActionScp handler) {
        handlers.put(key(CommandField.N_ACTION_RQ, sopClassUid), handler);
        return this;
    }

    public ServiceRegistry nCreate(String sopClassUid, NCreateScp handler) {
        handlers.put(key(CommandField.N_CREATE_RQ, sopClassUid), handler);
        return this;
    }

    public ServiceRegistry nDelete(String sopClassUid, NDeleteScp handler) {
        handlers.put(key(CommandField.N_DELETE_RQ, sopClassUid), handler);
        return this;
    }

    /** The handler for a request, or {@code null} when this AE does not perform it. */
    Object handler(CommandField request, String sopClassUid) {
        Object h = handlers.get(key(request, sopClassUid));
        if (h == null && request == CommandField.C_STORE_RQ) {
            return anyStore;
        }
        return h;
    }

    private static String key(CommandField f, String sopClassUid) {
        return f.name() + "|" + sopClassUid;
    }
}
