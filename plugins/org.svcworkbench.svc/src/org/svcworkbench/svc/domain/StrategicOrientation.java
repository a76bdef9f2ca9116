package org.svcworkbench.svc.domain;

import org.svcworkbench.svc.vocabulary.Level;
import org.svcworkbench.svc.vocabulary.OrientationKind;

/** D9: the orientation quadrant that product quality x service level puts a service in. */
public class StrategicOrientation {

	public OrientationKind quadrant(Level productQuality, Level serviceLevel) {
		boolean product = productQuality == Level.HIGH;
		boolean service = serviceLevel == Level.HIGH;
		if (product && service) return OrientationKind.RELATIONSHIP;
		if (product) return OrientationKind.PRODUCT;
		if (service) return OrientationKind.SERVICE;
		return OrientationKind.PRICE;
	}
}
