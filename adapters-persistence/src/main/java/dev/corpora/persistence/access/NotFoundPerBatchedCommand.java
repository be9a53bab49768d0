package dev.corpora.persistence.access;

import io.github.bucket4j.distributed.proxy.AsyncCommandExecutor;
import io.github.bucket4j.distributed.proxy.CommandExecutor;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.OptimizationListener;
import io.github.bucket4j.distributed.remote.CommandResult;
import io.github.bucket4j.distributed.remote.MultiResult;
import io.github.bucket4j.distributed.remote.RemoteCommand;
import io.github.bucket4j.distributed.remote.commands.MultiCommand;
import java.util.concurrent.CompletableFuture;

/**
 * An optimization whose batches survive a bucket that does not exist yet. Bucket4j's optimizations (the delaying
 * one among them) send the commands of the callers that come at once as one {@link MultiCommand}; on a missing
 * bucket, the select-for-update managers answer it with one "bucket not found" for the whole batch, and the
 * batching (Bucket4j 8.14), which splits only a success, throws {@code BucketNotFoundException} to every caller
 * instead of letting each retry with its configuration, as a lone caller does. Here that answer is split into a
 * "bucket not found" for each command of the batch.
 */
final class NotFoundPerBatchedCommand implements Optimization {
    private final Optimization optimization;

    NotFoundPerBatchedCommand(Optimization optimization) {
        this.optimization = optimization;
    }

    @Override
    public Optimization withListener(OptimizationListener listener) {
        return new NotFoundPerBatchedCommand(optimization.withListener(listener));
    }

    @Override
    public CommandExecutor apply(CommandExecutor store) {
        return optimization.apply(new CommandExecutor() {
            @Override
            public <T> CommandResult<T> execute(RemoteCommand<T> command) {
                return perCommand(command, store.execute(command));
            }
        });
    }

    @Override
    public AsyncCommandExecutor apply(AsyncCommandExecutor store) {
        return optimization.apply(new AsyncCommandExecutor() {
            @Override
            public <T> CompletableFuture<CommandResult<T>> executeAsync(RemoteCommand<T> command) {
                return store.executeAsync(command).thenApply(result -> perCommand(command, result));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> CommandResult<T> perCommand(RemoteCommand<T> command, CommandResult<T> result) {
        return result.isBucketNotFound() ? (CommandResult<T>) notFound(command) : result;
    }

    private static CommandResult<?> notFound(RemoteCommand<?> command) {
        if (command instanceof MultiCommand batch) {
            return CommandResult.success(
                    new MultiResult(batch.getCommands().stream().map(NotFoundPerBatchedCommand::notFound).toList()),
                    MultiResult.SERIALIZATION_HANDLE);
        }
        return CommandResult.bucketNotFound();
    }
}
