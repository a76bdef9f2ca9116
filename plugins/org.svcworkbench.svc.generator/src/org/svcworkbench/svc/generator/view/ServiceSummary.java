package org.svcworkbench.svc.generator.view;

import java.util.List;

/**
 * What the index pages say about a service: its row, kept for the whole run while the service's
 * own pages, diagrams and models are released as soon as they are written.
 */
public record ServiceSummary(String folder, String title, List<String> segments, long described, ServiceView.Survey survey,
		List<ServiceView.Portfolio> portfolios) {

	public ServiceSummary {
		segments = List.copyOf(segments);
		// A manifest written before portfolios were kept has none.
		portfolios = portfolios == null ? List.of() : List.copyOf(portfolios);
	}

	public static ServiceSummary of(ServiceView view) {
		ServiceView.Survey survey = view.survey() == null ? null : new ServiceView.Survey(List.of(), view.survey().total(), view.survey().level());
		return new ServiceSummary(view.folder(), view.title(), view.segments(), view.described(), survey, view.portfolios());
	}
}
