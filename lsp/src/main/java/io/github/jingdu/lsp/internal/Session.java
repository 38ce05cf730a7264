package io.github.jingdu.lsp.internal;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Where the session stands in the protocol's life cycle. Once the client has asked the server to
 * shut down, LSP wants every request but {@code exit} to fail with {@code InvalidRequest}, and
 * notifications to be dropped: a note changed then is not linted, nothing is published.
 */
final class Session {
    private volatile boolean shutDown;

    void shutDown() {
        shutDown = true;
    }

    boolean isShutDown() {
        return shutDown;
    }

    /**
     * @param <T> what the request would have given
     * @param method the request's method, for the message
     * @return the request failed as LSP prescribes after {@code shutdown}
     */
    <T> CompletableFuture<T> refused(String method) {
        return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest,
                method + " after shutdown: the server only takes exit now", null)));
    }
}
