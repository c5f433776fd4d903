package io.cityops.api.problem;

/** The station, region or other catalogue entry a parameter names does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    private final String parameter;

    public NotFoundException(String parameter, String detail) {
        super(detail);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
