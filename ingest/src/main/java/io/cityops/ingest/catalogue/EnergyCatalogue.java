package io.cityops.ingest.catalogue;

import io.cityops.ingest.reading.EnergyCarrier;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Energy and carbon dual control: conversion coefficients, emission factors, entities and their
 * meters, quotas, GDP and past consumption per region and year, and the barometer's parameters.
 *
 * @param electricityMethod which electricity coefficient converts kWh to standard coal
 * @param coefficients      GB/T 2589 standard-coal coefficients, one per carrier (electricity: one per method)
 * @param emissionFactors   CO2 factors per carrier, possibly one per year
 * @param entities          enterprises, public buildings and residential aggregates
 * @param meters            the meters, each also a sensor of kind energy
 * @param regionQuotas      annual quotas of the district and sub-districts
 * @param figures           GDP and recorded consumption per region and year
 * @param barometer         the barometer's parameters
 * @param seasonalProfile   how consumption spreads over the year, or {@code null} for calendar time
 * @param regionProfiles    regions' own profiles, replacing {@code seasonalProfile} for them and their entities
 * @param quotaSource       where the quotas come from (for instance "illustrative")
 */
public record EnergyCatalogue(
        ElectricityMethod electricityMethod,
        List<CoalCoefficient> coefficients,
        List<EmissionFactor> emissionFactors,
        List<EnergyEntity> entities,
        List<EnergyMeter> meters,
        List<RegionQuota> regionQuotas,
        List<RegionYearFigures> figures,
        BarometerRule barometer,
        SeasonalProfile seasonalProfile,
        List<RegionProfile> regionProfiles,
        String quotaSource) implements Serializable {

    /** The section is absent from the catalogue. */
    public static final EnergyCatalogue NONE = new EnergyCatalogue(ElectricityMethod.EQUIVALENT_VALUE, List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), new BarometerRule(2020, new BigDecimal("0.95"), List.of()), null, List.of(), "none");

    public EnergyCatalogue {
        Objects.requireNonNull(electricityMethod, "electricityMethod");
        coefficients = List.copyOf(coefficients);
        emissionFactors = List.copyOf(emissionFactors);
        entities = List.copyOf(entities);
        meters = List.copyOf(meters);
        regionQuotas = List.copyOf(regionQuotas);
        figures = List.copyOf(figures);
        Objects.requireNonNull(barometer, "barometer");
        regionProfiles = List.copyOf(regionProfiles);
    }

    /** The profile of a region: its own, else the catalogue's default (which may be {@code null}: calendar time). */
    public SeasonalProfile profileFor(String regionId) {
        return regionProfiles.stream().filter(p -> p.region().equals(regionId)).map(RegionProfile::profile).findFirst()
                .orElse(seasonalProfile);
    }

    /** The coefficient in use for {@code carrier} (for electricity: of the selected method). */
    public Optional<CoalCoefficient> coefficient(EnergyCarrier carrier) {
        return coefficients.stream()
                .filter(c -> c.carrier() == carrier)
                .filter(c -> carrier != EnergyCarrier.ELECTRICITY || c.method() == electricityMethod)
                .findFirst();
    }

    /**
     * The factor for figures of {@code year}: that year's, else the latest published before it, else
     * one without a year, else the earliest published.
     */
    public Optional<EmissionFactor> emissionFactor(EnergyCarrier carrier, int year) {
        List<EmissionFactor> ofCarrier = emissionFactors.stream().filter(f -> f.carrier() == carrier).toList();
        Optional<EmissionFactor> latestBefore = ofCarrier.stream()
                .filter(f -> f.year() != null && f.year() <= year)
                .max(Comparator.comparingInt(EmissionFactor::year));
        if (latestBefore.isPresent()) {
            return latestBefore;
        }
        Optional<EmissionFactor> anyYear = ofCarrier.stream().filter(f -> f.year() == null).findFirst();
        if (anyYear.isPresent()) {
            return anyYear;
        }
        return ofCarrier.stream().min(Comparator.comparingInt(EmissionFactor::year));
    }

    public Optional<EnergyEntity> entity(String id) {
        return entities.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<EnergyMeter> meter(String id) {
        return meters.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public List<EnergyMeter> metersOf(String entityId) {
        return meters.stream().filter(m -> m.entity().equals(entityId)).toList();
    }

    public Optional<RegionQuota> quota(String regionId) {
        return regionQuotas.stream().filter(q -> q.region().equals(regionId)).findFirst();
    }

    public Optional<RegionYearFigures> figures(String regionId, int year) {
        return figures.stream().filter(f -> f.region().equals(regionId) && f.year() == year).findFirst();
    }
}
