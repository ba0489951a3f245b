namespace Supervision.Validation.Rules;

/// <summary>
/// Warns of a norm that names a law or code but not which article of it: "Нормы Закона ... об
/// исполнительном производстве" tells the bailiff less than "статья 32 Закона ...". Only the lists of
/// norms are read (violatedNorms, applicableNorms), item by item; the act's prose may speak of a law
/// without citing it.
/// </summary>
internal sealed class NormCitationRule(NormCitations citations) : IActRule
{
    public void Check(ValidationContext context)
    {
        foreach (var field in context.Fields)
        {
            if (field is { IsListItem: true, Value: string norm }
                && citations.Fields.Contains(field.Property.Name)
                && citations.LacksArticle(norm, context.Act.Language))
            {
                context.Warn(field.Path, ValidationCodes.NormWithoutArticle);
            }
        }
    }
}
