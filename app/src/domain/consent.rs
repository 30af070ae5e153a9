//! Consent-based processing (privacy notice §4 item 7 and §7): the purposes a customer
//! can allow or refuse, and the channels they apply to.

use super::slug_enum;

slug_enum!(
    /// A purpose that rests on the customer's consent, or that the customer may prohibit
    /// (direct-marketing prohibition, suoramarkkinointikielto).
    ConsentPurpose, "consent purpose", {
        /// Direct marketing by the controller itself.
        DirectMarketing => "direct_marketing",
        /// Distance selling (etämyynti).
        DistanceSelling => "distance_selling",
        /// Opinion and market research.
        MarketResearch => "market_research",
        /// Disclosure to partners for their direct marketing.
        PartnerMarketing => "partner_marketing",
        /// Segment-level targeting of digital advertising.
        DigitalAdvertising => "digital_advertising",
    }
);

slug_enum!(
    /// The channel a consent or prohibition applies to.
    ConsentChannel, "consent channel", {
        Email => "email",
        Sms => "sms",
        Phone => "phone",
        Letter => "letter",
        /// Online advertising networks (segment targeting).
        DigitalAds => "digital_ads",
        /// Disclosure to a partner, whatever channel the partner then uses.
        Partner => "partner",
    }
);

impl ConsentPurpose {
    /// The channels this purpose can be given or refused for.
    pub fn channels(self) -> &'static [ConsentChannel] {
        use ConsentChannel::*;
        match self {
            Self::DirectMarketing | Self::DistanceSelling | Self::MarketResearch => &[Email, Sms, Phone, Letter],
            Self::PartnerMarketing => &[Partner],
            Self::DigitalAdvertising => &[DigitalAds],
        }
    }

    /// Whether an objection under GDPR Art. 21(2) (direct marketing) covers this purpose.
    pub fn is_direct_marketing(self) -> bool {
        !matches!(self, Self::MarketResearch)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_purpose_has_a_channel_and_every_channel_a_purpose() {
        for p in ConsentPurpose::ALL {
            assert!(!p.channels().is_empty());
        }
        for c in ConsentChannel::ALL {
            assert!(ConsentPurpose::ALL.iter().any(|p| p.channels().contains(c)), "{c}");
        }
    }
}
