package io.cityops.simulators.air;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The district-wide state of the air at one instant: what a perfectly average reference station
 * would measure. Stations add their own bias and noise on top.
 *
 * @param at             the instant
 * @param localTime      the instant in the catalogue's time zone
 * @param heatingSeason  whether district heating runs
 * @param pm25           µg/m³
 * @param pm10           µg/m³
 * @param so2            µg/m³
 * @param no2            µg/m³
 * @param co             mg/m³
 * @param o3             µg/m³
 * @param episode        0..1: how far into a heavy-pollution episode (1 on its plateau)
 * @param episodePm25    the plateau PM2.5 of the episode in force, 0 when none
 * @param dustPm10       PM10 added by a dust event, µg/m³ (0 when none)
 * @param ozoneDay       whether today is an ozone day
 */
public record DistrictConditions(
        Instant at,
        LocalDateTime localTime,
        boolean heatingSeason,
        double pm25,
        double pm10,
        double so2,
        double no2,
        double co,
        double o3,
        double episode,
        double episodePm25,
        double dustPm10,
        boolean ozoneDay) {
}
