package org.liaison.deputy;

/** The level of people's congress a deputy sits in, or a street-level deliberative representative. */
public enum DeputyLevel {
    NATIONAL, PROVINCIAL, MUNICIPAL, COUNTY, TOWNSHIP, STREET
}
