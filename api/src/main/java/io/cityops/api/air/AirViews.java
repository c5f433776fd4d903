package io.cityops.api.air;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.OffsetDateTime;
import java.util.List;

/** The answers of the air-quality endpoints. */
final class AirViews {

    private AirViews() {
    }

    /**
     * A station or region with its newest hourly point; {@code point} is null while it has none.
     * {@code level} is set for regions, {@code sensorClass} and {@code region} for stations.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record SubjectLatest(
            String subject,
            String subjectType,
            String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nameZh,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String level,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String sensorClass,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String region,
            @Nullable AirPoint point) {

        static SubjectLatest of(Subject subject, @Nullable AirPoint point) {
            return new SubjectLatest(subject.id(), subject.type(), subject.name(), subject.nameZh(), subject.level(),
                    subject.sensorClass(), subject.region(), point);
        }
    }

    /** The region's newest hourly point and those of the stations or sub-districts directly under it. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Latest(SubjectLatest region, List<SubjectLatest> children) {
    }

    /** A series of hourly or daily points of one station or region. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record AqiSeries(
            String subject,
            String subjectType,
            String name,
            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String nameZh,
            String resolution,
            OffsetDateTime from,
            OffsetDateTime to,
            String timeZone,
            List<AirPoint> points) {
    }
}
