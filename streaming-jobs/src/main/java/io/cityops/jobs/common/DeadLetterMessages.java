package io.cityops.jobs.common;

import io.cityops.ingest.reading.DeadLetter;
import io.cityops.ingest.reading.DeadLetterCodec;
import org.apache.flink.api.common.functions.MapFunction;

/** Encodes a dead letter for {@code city.readings.invalid}, keyed by the sensor id when it is known. */
public final class DeadLetterMessages implements MapFunction<DeadLetter, KafkaMessage> {

    private static final long serialVersionUID = 1L;

    @Override
    public KafkaMessage map(DeadLetter letter) {
        return new KafkaMessage(letter.sensorId(), DeadLetterCodec.encode(letter));
    }
}
