package dev.corpora.bootstrap;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.scheduling.processor.ScheduledMethodProcessor;
import jakarta.inject.Singleton;

/**
 * Cancels the {@code @Scheduled} tasks (the event relay, the deletion worker, the idempotency keys' cleanup) as soon
 * as the context starts to stop. Micronaut cancels them only when it destroys its scheduler's processor, and a task
 * that fired before that, after the beans it needs were gone, logged an ERROR for a bean it could not create.
 */
@Singleton
final class ScheduledTasksStop implements ApplicationEventListener<ShutdownEvent> {
    private final ScheduledMethodProcessor scheduledTasks;

    ScheduledTasksStop(ScheduledMethodProcessor scheduledTasks) {
        this.scheduledTasks = scheduledTasks;
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        scheduledTasks.close();
    }
}
