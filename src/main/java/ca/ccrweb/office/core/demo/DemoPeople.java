package ca.ccrweb.office.core.demo;

import java.util.List;

/**
 * Invented people for individual accounts, named as the office's members are: French and English Canadian
 * names with their accents, and names written in Arabic, Persian, Ethiopic, Vietnamese, Cyrillic, Han,
 * Hangul, Tamil and Devanagari scripts. The email's local part is the Latin spelling the person would use.
 */
final class DemoPeople {
    record Person(String fullName, String emailLocalPart) {
    }

    static final List<Person> ALL = List.of(
            new Person("Zoë Côté-Bélanger", "zoe.cote-belanger"),
            new Person("Nguyễn Thị Hương", "huong.nguyen"),
            new Person("محمد عبد الله", "mohammed.abdallah"),
            new Person("ተስፋዬ ገብረመድህን", "tesfaye.gebremedhin"),
            new Person("Ayşe Yılmaz", "ayse.yilmaz"),
            new Person("François Lévesque", "francois.levesque"),
            new Person("Geneviève Bouchard", "genevieve.bouchard"),
            new Person("Hélène Tremblay-Gagnon", "helene.tremblay-gagnon"),
            new Person("Jérôme Pelletier", "jerome.pelletier"),
            new Person("Marie-Ève Roy", "marie-eve.roy"),
            new Person("Raphaël Désilets", "raphael.desilets"),
            new Person("Noémie Gauthier", "noemie.gauthier"),
            new Person("Amélie Thériault", "amelie.theriault"),
            new Person("Léo Arsenault", "leo.arsenault"),
            new Person("Sarah O'Brien", "sarah.obrien"),
            new Person("Margaret MacDonald", "margaret.macdonald"),
            new Person("Fatima Zahra El Idrissi", "fatima.elidrissi"),
            new Person("Amina Diallo", "amina.diallo"),
            new Person("Jean-Baptiste Mukendi", "jean-baptiste.mukendi"),
            new Person("Espérance Niyonzima", "esperance.niyonzima"),
            new Person("Wilner Saint-Fleur", "wilner.saint-fleur"),
            new Person("Guerline Désir", "guerline.desir"),
            new Person("Abdirahman Warsame", "abdirahman.warsame"),
            new Person("Hodan Farah", "hodan.farah"),
            new Person("María José Hernández", "mariajose.hernandez"),
            new Person("José Luis Peña", "joseluis.pena"),
            new Person("João Gonçalves", "joao.goncalves"),
            new Person("Олена Коваленко", "olena.kovalenko"),
            new Person("Дмитро Шевчук", "dmytro.shevchuk"),
            new Person("王秀英", "xiuying.wang"),
            new Person("李明", "ming.li"),
            new Person("Trần Văn Đức", "duc.tran"),
            new Person("Phạm Minh Châu", "chau.pham"),
            new Person("زهرا احمدی", "zahra.ahmadi"),
            new Person("Farhad Rezaei", "farhad.rezaei"),
            new Person("مریم حکیمی", "maryam.hakimi"),
            new Person("ዮናስ ተስፋማርያም", "yonas.tesfamariam"),
            new Person("Selam Haile", "selam.haile"),
            new Person("Mehmet Öztürk", "mehmet.ozturk"),
            new Person("Şükrü Çelik", "sukru.celik"),
            new Person("ரோகன் சிவகுமார்", "rohan.sivakumar"),
            new Person("Priya Raman", "priya.raman"),
            new Person("सुनिता गुरुङ", "sunita.gurung"),
            new Person("김지우", "jiwoo.kim"),
            new Person("Nour Al-Hassan", "nour.alhassan"),
            new Person("Rania Haddad", "rania.haddad"),
            new Person("ليلى منصور", "layla.mansour"),
            new Person("Siobhán Murphy", "siobhan.murphy"),
            new Person("Björn Åkesson", "bjorn.akesson"),
            new Person("Agnieszka Wójcik", "agnieszka.wojcik"),
            new Person("Thomas Nguyen", "thomas.nguyen"),
            new Person("Emily Chen", "emily.chen"),
            new Person("David Cohen", "david.cohen"),
            new Person("Rebecca Goldberg", "rebecca.goldberg"),
            new Person("Kwame Mensah", "kwame.mensah"),
            new Person("Chidinma Okafor", "chidinma.okafor"),
            new Person("Aïcha Traoré", "aicha.traore"),
            new Person("Moussa Keïta", "moussa.keita"),
            new Person("Inès Benali", "ines.benali"),
            new Person("Mathieu Ouellet", "mathieu.ouellet"),
            new Person("Chloé Fournier", "chloe.fournier"),
            new Person("Gabriel Lacasse", "gabriel.lacasse"),
            new Person("Heather Campbell", "heather.campbell"),
            new Person("Daniel Lachance-Morin", "daniel.lachance-morin"));

    private DemoPeople() {
    }
}
