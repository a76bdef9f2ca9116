package org.svcworkbench.svc.ui.refactoring;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.PrepareRenameDefaultBehavior;
import org.eclipse.lsp4j.PrepareRenameParams;
import org.eclipse.lsp4j.PrepareRenameResult;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either3;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;
import org.svcworkbench.svc.ui.editor.Offsets;
import org.svcworkbench.svc.ui.editor.SvcDocument;
import org.svcworkbench.svc.ui.lsp.SvcLanguageServer;

/**
 * Rename of a declared name and every reference to it, in all files of its folder, as the language
 * server computes it; Eclipse's refactoring wizard shows the changes per file before they are made,
 * and Undo takes them back together.
 */
public class SvcRenameRefactoring extends Refactoring {

	private final SvcDocument document;
	private final int offset;
	private String oldName;
	private String newName;
	private Change change;

	public SvcRenameRefactoring(SvcDocument document, int offset) {
		this.document = document;
		this.offset = offset;
	}

	@Override
	public String getName() {
		return "Rename";
	}

	public String oldName() {
		return oldName;
	}

	public void setNewName(String newName) {
		this.newName = newName;
		this.change = null;
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) throws CoreException {
		document.sync();
		var answer = SvcLanguageServer.await(SvcLanguageServer.get().server()
				.prepareRename(new PrepareRenameParams(document.identifier(), Offsets.position(document.document(), offset))));
		Range range = range(answer);
		if (range == null) {
			return RefactoringStatus.createFatalErrorStatus("Put the cursor on the name of something declared in a .svc file to rename it.");
		}
		int[] offsets = document.offsets(range);
		try {
			oldName = document.document().get(offsets[0], offsets[1] - offsets[0]);
		} catch (org.eclipse.jface.text.BadLocationException e) {
			return RefactoringStatus.createFatalErrorStatus("The text changed; try again.");
		}
		return new RefactoringStatus();
	}

	private static Range range(Either3<Range, PrepareRenameResult, PrepareRenameDefaultBehavior> answer) {
		if (answer == null) {
			return null;
		}
		if (answer.isFirst()) {
			return answer.getFirst();
		}
		return answer.isSecond() ? answer.getSecond().getRange() : null;
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) throws CoreException, OperationCanceledException {
		if (newName == null || newName.isBlank() || newName.equals(oldName)) {
			return RefactoringStatus.createFatalErrorStatus("Type a new name.");
		}
		WorkspaceEdit edit = SvcLanguageServer.await(SvcLanguageServer.get().server()
				.rename(new RenameParams(document.identifier(), Offsets.position(document.document(), offset), newName)));
		if (edit == null || edit.getChanges() == null || edit.getChanges().isEmpty()) {
			return RefactoringStatus.createFatalErrorStatus("'" + oldName + "' cannot be renamed to '" + newName + "'.");
		}
		CompositeChange all = new CompositeChange("Rename '" + oldName + "' to '" + newName + "'");
		Map<String, List<TextEdit>> byFile = new TreeMap<>(edit.getChanges());
		for (Map.Entry<String, List<TextEdit>> file : byFile.entrySet()) {
			IResource resource = SvcLanguageServer.resource(file.getKey());
			if (!(resource instanceof IFile target)) {
				return RefactoringStatus.createFatalErrorStatus("A reference lies outside the workspace: " + file.getKey());
			}
			all.add(fileChange(target, file.getValue()));
		}
		change = all;
		return new RefactoringStatus();
	}

	/** The edits of one file as an LTK change, positioned in the file's current text (the editor's, if open). */
	private static TextFileChange fileChange(IFile file, List<TextEdit> edits) throws CoreException {
		ITextFileBufferManager buffers = FileBuffers.getTextFileBufferManager();
		buffers.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			IDocument text = buffers.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE).getDocument();
			MultiTextEdit root = new MultiTextEdit();
			edits.stream().map(e -> {
				int[] range = Offsets.of(text, e.getRange());
				return new ReplaceEdit(range[0], range[1] - range[0], e.getNewText());
			}).sorted((a, b) -> Integer.compare(a.getOffset(), b.getOffset())).forEach(root::addChild);
			TextFileChange change = new TextFileChange(file.getName(), file);
			change.setEdit(root);
			change.setTextType("svc");
			return change;
		} finally {
			buffers.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}

	@Override
	public Change createChange(IProgressMonitor monitor) throws CoreException {
		if (change == null) {
			checkFinalConditions(monitor);
		}
		return change;
	}
}
