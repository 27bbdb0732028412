import DocumentModel
import Structure

/// The structure stage builds the pipeline's document: `Structurer` already has the
/// shape of a document builder.
extension Structurer: DocumentBuilding {}

/// The document builder `extract` runs, so commands need not import the Structure module.
public enum StructureStage {
    public static var builder: any DocumentBuilding { Structurer() }
}
