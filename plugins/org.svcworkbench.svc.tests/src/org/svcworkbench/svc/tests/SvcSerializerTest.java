package org.svcworkbench.svc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.serializer.ISerializer;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.StringInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.svcworkbench.svc.load.SvcFolders;
import org.svcworkbench.svc.load.SvcModelLoader;
import org.svcworkbench.svc.load.SvcModelLoader.LoadedFolder;
import org.svcworkbench.svc.svc.Channel;
import org.svcworkbench.svc.vocabulary.ChannelKind;
import org.svcworkbench.svc.svc.Model;
import org.svcworkbench.svc.svc.SvcFactory;

import com.google.inject.Inject;

/** Models serialize back to text that parses into the same model. */
@ExtendWith(InjectionExtension.class)
@InjectWith(SvcInjectorProvider.class)
class SvcSerializerTest {

	@Inject private ISerializer serializer;
	@Inject private SvcModelLoader loader;

	@Test
	void everyExampleRoundTrips() throws Exception {
		Map<Path, List<Path>> folders = SvcFolders.collect(List.of(SvcTestSupport.examples()));
		int files = 0;
		for (Map.Entry<Path, List<Path>> folder : folders.entrySet()) {
			LoadedFolder loaded = loader.load(folder.getKey(), folder.getValue());
			for (Path file : folder.getValue()) {
				Resource original = loaded.resourceSet().getResource(SvcModelLoader.uri(file), true);
				EObject root = original.getContents().get(0);
				// Serialize from the model alone (formatted), not from the remembered text.
				String text = serializer.serialize(root, SaveOptions.newBuilder().format().getOptions());
				// A sibling of the original: names resolve among the files of one folder.
				XtextResource copy = (XtextResource) loaded.resourceSet()
						.createResource(SvcModelLoader.uri(file.resolveSibling("copy-" + files + ".svc")));
				copy.load(new StringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
				assertTrue(copy.getErrors().isEmpty(), file + " serialized to unparsable text: " + copy.getErrors());
				EcoreUtil.resolveAll(copy);
				assertTrue(EcoreUtil.equals(root, copy.getContents().get(0)), file + " did not round-trip:\n" + text);
				loaded.resourceSet().getResources().remove(copy);
				files++;
			}
		}
		assertTrue(files >= 6, "round-tripped " + files + " files");
	}

	@Test
	void builtModelSerializesWithQuotingAndEscapes() {
		Model model = SvcFactory.eINSTANCE.createModel();
		Channel channel = SvcFactory.eINSTANCE.createChannel();
		channel.setName("微信");
		channel.setLabel("WeChat \"official\" account");
		channel.setKind(ChannelKind.MESSAGING);
		model.getElements().add(channel);
		assertEquals("channel 微信 \"WeChat \\\"official\\\" account\" { kind messaging }",
				serializer.serialize(model));
	}
}
