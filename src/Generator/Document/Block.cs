namespace Supervision.Document;

/// <summary>A block of an act: a paragraph, heading, list, table or one of the requisite blocks.</summary>
public abstract record Block;
