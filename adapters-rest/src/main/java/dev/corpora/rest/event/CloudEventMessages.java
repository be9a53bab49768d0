package dev.corpora.rest.event;

import dev.corpora.api.model.CloudEvent;
import dev.corpora.api.model.CloudEventDatacontenttype;
import dev.corpora.api.model.CloudEventSpecversion;
import dev.corpora.api.model.CloudEventType;
import dev.corpora.api.model.PermitResource;
import dev.corpora.api.model.PermitResourceResource;
import dev.corpora.api.model.PermitRoleAssignment;
import dev.corpora.api.model.PermitRoleAssignmentRole;
import dev.corpora.application.event.EventMessage;
import dev.corpora.application.event.EventMessages;
import dev.corpora.domain.dataset.Dataset;
import dev.corpora.domain.dataset.DatasetEvent;
import dev.corpora.rest.dataset.DatasetWireMapper;
import io.micronaut.context.annotation.Value;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * Writes domain events as CloudEvents 1.0 in JSON, the form the feed and the broker carry: the dataset at that
 * version in the API's own {@code DatasetResponse}, or the permit resource a permission system applies.
 */
@Singleton
final class CloudEventMessages implements EventMessages {
    private final DatasetWireMapper mapper;
    private final ObjectMapper json;
    private final String source;

    CloudEventMessages(DatasetWireMapper mapper, ObjectMapper json, @Value("${corpora.events.source}") String source) {
        this.mapper = mapper;
        this.json = json;
        this.source = source;
    }

    @Override
    public EventMessage of(DatasetEvent event) {
        Dataset dataset = event.dataset();
        CloudEventType type = typeOf(event);
        UUID id = UUID.randomUUID();
        CloudEvent cloudEvent = new CloudEvent().specversion(CloudEventSpecversion._1_0).id(id).source(source)
                .type(type).subject(dataset.id().value()).time(event.occurredAt().atOffset(ZoneOffset.UTC))
                .datacontenttype(CloudEventDatacontenttype.APPLICATION_JSON)
                .organization(dataset.organization().value()).data(dataOf(event));
        if (event instanceof DatasetEvent.Updated updated) {
            cloudEvent.changedfields(String.join(",", ChangedFieldNames.onTheWire(updated.changedFields())));
        }
        return new EventMessage(id, type.getValue(), dataset.organization(), dataset.id(), event.occurredAt(),
                write(cloudEvent));
    }

    private Object dataOf(DatasetEvent event) {
        Dataset dataset = event.dataset();
        if (event instanceof DatasetEvent.PermitResourceCreated created) {
            return permitResource(dataset).roleAssignments(List.of(
                    new PermitRoleAssignment().user(created.owner()).role(PermitRoleAssignmentRole.OWNER)));
        }
        if (event instanceof DatasetEvent.PermitResourceDeleted) {
            return permitResource(dataset);
        }
        return mapper.toResponse(dataset);
    }

    private static PermitResource permitResource(Dataset dataset) {
        return new PermitResource().resource(PermitResourceResource.DATASET).key(dataset.id().value())
                .tenant(dataset.organization().value());
    }

    static CloudEventType typeOf(DatasetEvent event) {
        if (event instanceof DatasetEvent.Created) {
            return CloudEventType.DATASET_CREATED;
        }
        if (event instanceof DatasetEvent.Updated) {
            return CloudEventType.DATASET_UPDATED;
        }
        if (event instanceof DatasetEvent.DeletionStarted) {
            return CloudEventType.DATASET_DELETION_STARTED;
        }
        if (event instanceof DatasetEvent.Deleted) {
            return CloudEventType.DATASET_DELETED;
        }
        if (event instanceof DatasetEvent.PermitResourceCreated) {
            return CloudEventType.PERMIT_RESOURCE_CREATED;
        }
        return CloudEventType.PERMIT_RESOURCE_DELETED;
    }

    private String write(CloudEvent cloudEvent) {
        try {
            return json.writeValueAsString(cloudEvent);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write event " + cloudEvent.getId(), e);
        }
    }
}
